package dev.archivist.io.read;

import dev.archivist.model.ParseError;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.Span;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Parses one piece of YAML with SnakeYAML's composer and turns its nodes into {@link YNode}s whose
 * spans are char offsets into the whole document.
 *
 * <p>Anchors and aliases are refused: archives never use them, and an edit to a shared node could
 * not change only what the user changed.
 */
final class YamlTreeReader {
    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

    /** A parsed piece: the root node (null for an empty piece) or the error. */
    record Result(YNode root, ParseError error) {
    }

    /** Thrown inside conversion; carries an error already placed in the document. */
    static final class RejectedYaml extends RuntimeException {
        final transient ParseError error;

        RejectedYaml(ParseError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    private final String yaml;
    private final int baseOffset;
    private final int baseLine;
    private final int[] supplementaryAt;
    private ArchiveComposer composer;

    /**
     * @param yaml the YAML text to parse
     * @param baseOffset char offset of {@code yaml} in the document
     * @param baseLine 0-based line of {@code yaml}'s first line in the document
     */
    YamlTreeReader(String yaml, int baseOffset, int baseLine) {
        this.yaml = yaml;
        this.baseOffset = baseOffset;
        this.baseLine = baseLine;
        this.supplementaryAt = supplementaryCodePointIndexes(yaml);
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(ArchiveComposer.MAX_DEPTH + 20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(TextDecoder.MAX_BYTES);
        options.setProcessComments(false);
        return options;
    }

    Result read() {
        try {
            LoaderOptions options = options();
            composer = new ArchiveComposer(new ParserImpl(new StreamReader(yaml), options), options);
            Node node = composer.getSingleNode();
            return new Result(node == null ? null : convert(node), null);
        } catch (RejectedYaml e) {
            return new Result(null, e.error);
        } catch (ArchiveComposer.LimitExceeded e) {
            return new Result(null, new ParseError(e.getMessage(), baseLine + e.mark.getLine() + 1, e.mark.getColumn() + 1));
        } catch (MarkedYAMLException e) {
            return new Result(null, YamlErrorCause.explain(yaml, baseLine, error(e)));
        } catch (YAMLException | StackOverflowError e) {
            String message = e instanceof StackOverflowError ? "the YAML is nested too deeply" : e.getMessage();
            return new Result(null, new ParseError(clean(message), baseLine + 1, 1));
        }
    }

    private ParseError error(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        // a scalar or collection left open runs to the end of the input: where it opened is what helps
        if (e.getContextMark() != null && e.getProblem() != null && e.getProblem().contains("end of stream")) {
            mark = e.getContextMark();
        }
        StringBuilder message = new StringBuilder();
        if (e.getContext() != null) {
            message.append(e.getContext()).append(": ");
        }
        message.append(e.getProblem() == null ? "invalid YAML" : e.getProblem());
        if (mark == null) {
            return new ParseError(clean(message.toString()), baseLine + 1, 1);
        }
        return new ParseError(clean(message.toString()), baseLine + mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String clean(String message) {
        return message == null ? "invalid YAML" : message.replace("'\\t(TAB)'", "a tab").replace("\\t(TAB)", "tabs").strip();
    }

    private YNode convert(Node node) {
        if (node.getAnchor() != null) {
            throw reject(node, "anchors and aliases (&name, *name) are not supported in archives");
        }
        if (node instanceof ScalarNode s) {
            return new YScalar(s.getValue(), tag(s), style(s), span(s), composer.explicitTag(s));
        }
        if (node instanceof SequenceNode seq) {
            List<YNode> items = new ArrayList<>(seq.getValue().size());
            for (Node item : seq.getValue()) {
                items.add(convert(item));
            }
            boolean flow = seq.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW;
            return new YSequence(items, flow, span(seq), collectionTag(seq, Tag.SEQ));
        }
        MappingNode map = (MappingNode) node;
        List<YEntry> entries = new ArrayList<>(map.getValue().size());
        Set<String> keys = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw reject(tuple.getKeyNode(), "only plain keys are supported, not lists or mappings as keys");
            }
            if (!keys.add(keyNode.getValue())) {
                throw reject(keyNode, "duplicate key '" + keyNode.getValue() + "'");
            }
            YScalar key = (YScalar) convert(keyNode);
            entries.add(new YEntry(key, convert(tuple.getValueNode())));
        }
        return new YMapping(entries, map.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW, span(map),
                collectionTag(map, Tag.MAP));
    }

    private RejectedYaml reject(Node node, String message) {
        Mark m = node.getStartMark();
        return new RejectedYaml(new ParseError(message, baseLine + m.getLine() + 1, m.getColumn() + 1));
    }

    private static String tag(Node node) {
        String tag = node.getTag().getValue();
        return tag.startsWith(YAML_TAG_PREFIX) ? tag.substring(YAML_TAG_PREFIX.length()) : tag;
    }

    /** A collection's explicit tag, or null: {@code !!map} on a mapping ({@code !!seq} on a sequence) adds nothing. */
    private static String collectionTag(Node node, Tag plain) {
        return node.getTag().equals(plain) ? null : tag(node);
    }

    private static ScalarStyle style(ScalarNode s) {
        return switch (s.getScalarStyle()) {
            case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
            case LITERAL -> ScalarStyle.LITERAL;
            case FOLDED -> ScalarStyle.FOLDED;
            default -> ScalarStyle.PLAIN;
        };
    }

    private Span span(Node node) {
        int start = charOffset(node.getStartMark().getIndex());
        int end = charOffset(node.getEndMark().getIndex());
        return new Span(baseOffset + start, baseOffset + Math.max(start, end));
    }

    /** SnakeYAML counts code points; spans count chars. */
    private int charOffset(int codePointIndex) {
        if (supplementaryAt.length == 0) {
            return codePointIndex;
        }
        int lo = 0;
        int hi = supplementaryAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (supplementaryAt[mid] < codePointIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePointIndex + lo;
    }

    private static int[] supplementaryCodePointIndexes(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i))) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        int cp = 0;
        for (int i = 0; i < s.length() && k < count; cp++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out[k++] = cp;
                i += 2;
            } else {
                i++;
            }
        }
        return k == count ? out : java.util.Arrays.copyOf(out, k);
    }
}
