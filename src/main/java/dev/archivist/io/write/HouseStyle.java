package dev.archivist.io.write;

import dev.archivist.model.YNode;

/** Writes a detached node in the house style, for display (the {@code get} command, the editor's generic view). */
public final class HouseStyle {

    private HouseStyle() {
    }

    /** A list as {@code - item} lines, a mapping as {@code key: value} lines, a scalar as its YAML text. */
    public static String write(YNode node) {
        if (node instanceof dev.archivist.model.YMapping m && !m.entries().isEmpty()) {
            return new HouseStyleWriter(null, "\n", 0).writeRoot(m, 0, 0);
        }
        if (node instanceof dev.archivist.model.YSequence s && !s.items().isEmpty() && !s.flow()) {
            StringBuilder sb = new StringBuilder();
            for (YNode item : s.items()) {
                sb.append(new HouseStyleWriter(null, "\n", 0).writeItem(item, 0)).append('\n');
            }
            return sb.toString();
        }
        return new HouseStyleWriter(null, "\n", 0).flow(node);
    }
}
