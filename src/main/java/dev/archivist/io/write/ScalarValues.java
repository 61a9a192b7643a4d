package dev.archivist.io.write;

import dev.archivist.io.read.YamlResolver;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import org.yaml.snakeyaml.nodes.NodeId;

/** Turns text a person typed into the scalar to store, keeping the value's type where it has one. */
public final class ScalarValues {

    private ScalarValues() {
    }

    /**
     * The new scalar for a place that held {@code old}: a timestamp, number or boolean stays one
     * when the text still reads as that type (so {@code start} stays a plain timestamp); anything
     * else becomes a string, in the old scalar's style where that style can hold it.
     */
    public static YScalar edit(YNode old, String text) {
        if (old instanceof YScalar s) {
            if (!s.isString() && !s.isNull()) {
                String tag = YamlResolver.INSTANCE.resolve(NodeId.scalar, text, true).getValue();
                String shortTag = tag.substring(tag.lastIndexOf(':') + 1);
                if (shortTag.equals(s.tag())) {
                    return new YScalar(text, s.tag(), ScalarStyle.PLAIN, null);
                }
            }
            return s.isString() ? s.withValue(text) : YScalar.str(text);
        }
        return YScalar.str(text);
    }
}
