package dev.archivist.io.read;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's YAML 1.1 resolver without its length limits: SnakeYAML reads a plain scalar longer
 * than 1024 chars (50 for a timestamp) as a string, where PyYAML and Psych read the int, float or
 * timestamp it is. Long scalars are matched by {@link Yaml11Numbers} in linear time (the int and
 * float patterns repeat a group, which Java's regex engine matches by recursion) and by the
 * timestamp pattern, which has no repeated group.
 */
public final class YamlResolver extends Resolver {
    /** SnakeYAML's limit for the int and float patterns. */
    static final int NUMBER_LIMIT = 1024;
    /** SnakeYAML's limit for the timestamp pattern. */
    static final int TIMESTAMP_LIMIT = 50;

    /** One resolver for every reader and writer of the project (resolving only reads its tables). */
    public static final YamlResolver INSTANCE = new YamlResolver();

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        Tag tag = super.resolve(kind, value, implicit);
        if (kind != NodeId.scalar || !implicit || value.length() <= TIMESTAMP_LIMIT || !Tag.STR.equals(tag)) {
            return tag;
        }
        if (value.length() > NUMBER_LIMIT) {
            if (Yaml11Numbers.isInt(value)) {
                return Tag.INT;
            }
            if (Yaml11Numbers.isFloat(value)) {
                return Tag.FLOAT;
            }
        }
        char first = value.charAt(0);
        return first >= '0' && first <= '9' && TIMESTAMP.matcher(value).matches() ? Tag.TIMESTAMP : tag;
    }
}
