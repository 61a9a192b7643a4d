package dev.archivist.io.write;

import dev.archivist.io.read.YamlResolver;
import dev.archivist.model.Span;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The explicit tag written before a value: a collection's tag ({@code !!set}, {@code !!omap},
 * {@code !foo}) and a scalar's ({@code !!str 123}, {@code !!int "5"}). A node read from the source
 * keeps the tag as it is written there (with the handle its {@code %TAG} directive gives); a new
 * node gets the short form. A scalar's tag is left out only where the value written plain reads as
 * the same type and value under YAML 1.1 and 1.2: a string that is safe plain, a null.
 */
public final class Tags {
    private static final String TAG_CHARS_END = " \t\r\n,[]{}";

    private Tags() {
    }

    /** The tag to write before the node, or null for none. */
    static String of(YNode node, String source, boolean inFlow) {
        String tag = node instanceof YMapping m ? m.tag() : node instanceof YSequence s ? s.tag()
                : node instanceof YScalar s && s.explicitTag() && !implied(s, inFlow) ? s.tag() : null;
        if (tag == null) {
            return null;
        }
        String written = asWritten(node.span(), source);
        return written != null ? written : shortForm(tag);
    }

    private static boolean implied(YScalar s, boolean inFlow) {
        if (s.isString()) {
            return ScalarRules.plainSafe(s.value(), inFlow);
        }
        return s.isNull() && YamlResolver.INSTANCE.resolve(NodeId.scalar, s.value(), true).equals(Tag.NULL);
    }

    /** {@code !!set} for a YAML type, {@code !foo} for a local tag, {@code !<uri>} for any other. */
    static String shortForm(String tag) {
        if (tag.startsWith("!")) {
            return tag;
        }
        return tag.indexOf(':') < 0 ? "!!" + tag : "!<" + tag + ">";
    }

    /** The tag at the start of a node's span in the source, or null when it does not start with one. */
    private static String asWritten(Span span, String source) {
        if (span == null || source == null || span.start() >= source.length() || source.charAt(span.start()) != '!') {
            return null;
        }
        int end = span.start() + 1;
        if (end < source.length() && source.charAt(end) == '<') {
            int close = source.indexOf('>', end);
            return close < 0 ? null : source.substring(span.start(), close + 1);
        }
        while (end < source.length() && TAG_CHARS_END.indexOf(source.charAt(end)) < 0) {
            end++;
        }
        return source.substring(span.start(), end);
    }
}
