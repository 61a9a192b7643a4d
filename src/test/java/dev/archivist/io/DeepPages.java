package dev.archivist.io;

/** Pages whose front matter nests collections to a given depth, in every shape YAML can nest them. */
public final class DeepPages {

    /** How the collections are nested. */
    public enum Shape {
        /** {@code a:\n a:\n  a: x} */
        BLOCK_MAPPINGS(true),
        /** {@code - - - x} */
        COMPACT_SEQUENCES(false),
        /** {@code -\n  -\n    x}, one item a line */
        BLOCK_SEQUENCES(true),
        /** {@code [[[x]]]} */
        FLOW_SEQUENCES(false),
        /** {@code {a: {a: x}}} */
        FLOW_MAPPINGS(false),
        /** {@code - a:\n  - a:\n    - a: x}: sequences of mappings, the shape of the archive's threads */
        BLOCK_MIX(true),
        /** {@code [{a: [{a: x}]}]} */
        FLOW_MIX(false),
        /** block mappings, then flow sequences inside the last one */
        BLOCK_THEN_FLOW(true);

        /** True when each level takes a line of its own, indented one more: 5,000 levels make megabytes. */
        public final boolean lineALevel;

        Shape(boolean lineALevel) {
            this.lineALevel = lineALevel;
        }
    }

    private DeepPages() {
    }

    /**
     * A page whose deepest value is inside {@code depth} collections, the front matter's mapping
     * included, so {@code depth} is what the parsers' limit counts. With {@code inArchive} the deep
     * value is in the last thread of an {@code archive:} list; the front matter is made at least
     * {@code minChars} long with threads before it (to take the large-page paths of the parser).
     */
    public static String page(Shape shape, int depth, int minChars, boolean inArchive) {
        StringBuilder sb = new StringBuilder("---\ntitle: Deep\narchive:\n");
        for (int i = 0; sb.length() < minChars; i++) {
            sb.append("- name: Ada\n  text: \"Question ").append(i).append(" about a book, a line long enough to fill\"\n")
                    .append("  replies:\n  - name: Bo\n    text: An answer.\n");
        }
        if (inArchive) {
            // the front matter's mapping, the archive list and the thread's mapping hold it
            sb.append("- name: Deep\n  k:");
            nested(sb, shape, depth - 3, 2);
        } else {
            sb.append("k:");
            nested(sb, shape, depth - 1, 0);
        }
        return sb.append("---\nBody.\n").toString();
    }

    /** Appends, after {@code key:} at column {@code column}, a value made of {@code levels} nested collections. */
    private static void nested(StringBuilder sb, Shape shape, int levels, int column) {
        switch (shape) {
            case BLOCK_MAPPINGS -> blockMappings(sb, levels, column, " x");
            case COMPACT_SEQUENCES -> sb.append('\n').append(" ".repeat(column + 1)).append("- ".repeat(levels)).append("x\n");
            case BLOCK_SEQUENCES -> {
                sb.append('\n');
                for (int i = 0; i < levels; i++) {
                    sb.append(" ".repeat(column + 1 + 2 * i)).append("-\n");
                }
                sb.append(" ".repeat(column + 1 + 2 * levels)).append("x\n");
            }
            case FLOW_SEQUENCES -> sb.append(' ').append("[".repeat(levels)).append('x').append("]".repeat(levels)).append('\n');
            case FLOW_MAPPINGS -> sb.append(' ').append("{a: ".repeat(levels)).append('x').append("}".repeat(levels)).append('\n');
            case BLOCK_MIX -> blockMix(sb, levels, column);
            case FLOW_MIX -> sb.append(' ').append(levels % 2 == 1 ? "[" : "").append("[{a: ".repeat(levels / 2)).append('x')
                    .append("}]".repeat(levels / 2)).append(levels % 2 == 1 ? "]" : "").append('\n');
            case BLOCK_THEN_FLOW -> {
                int flow = levels / 2;
                blockMappings(sb, levels - flow, column, " " + "[".repeat(flow) + "x" + "]".repeat(flow));
            }
            default -> throw new IllegalArgumentException(shape.name());
        }
    }

    private static void blockMappings(StringBuilder sb, int levels, int column, String last) {
        sb.append('\n');
        for (int i = 1; i <= levels; i++) {
            sb.append(" ".repeat(column + i)).append("a:").append(i == levels ? last : "").append('\n');
        }
    }

    /** Pairs of levels, {@code - a:} a line: a sequence whose item is a mapping. */
    private static void blockMix(StringBuilder sb, int levels, int column) {
        sb.append('\n');
        int pairs = levels / 2;
        for (int j = 0; j < pairs; j++) {
            sb.append(" ".repeat(column + 1 + 2 * j)).append("- a:").append(j == pairs - 1 && levels % 2 == 0 ? " x" : "").append('\n');
        }
        if (levels % 2 == 1) {
            sb.append(" ".repeat(column + 1 + 2 * pairs)).append("- x\n");
        }
    }
}
