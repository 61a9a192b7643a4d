package dev.archivist.io.write;

import dev.archivist.io.read.FrontMatterSplit;
import java.util.ArrayList;
import java.util.List;

/** Finds YAML comments in the source between nodes, so rewriting a tree keeps them. */
final class SourceComments {

    private SourceComments() {
    }

    /**
     * Full-line comments in [from, to), skipping the rest of the line {@code from} is on (that
     * belongs to the node before).
     */
    static List<String> between(String source, int from, int to) {
        List<String> out = new ArrayList<>();
        int pos = FrontMatterSplit.nextLine(source, FrontMatterSplit.lineEnd(source, from));
        if (from == 0 || source.charAt(from - 1) == '\n') {
            pos = from;
        }
        while (pos < to) {
            int end = FrontMatterSplit.lineEnd(source, pos);
            String line = source.substring(pos, Math.min(end, to)).strip();
            if (line.startsWith("#")) {
                out.add(line);
            }
            pos = FrontMatterSplit.nextLine(source, end);
        }
        return out;
    }

    /** True when [from, to) holds an empty line after the line {@code from} is on. */
    static boolean hasBlankLine(String source, int from, int to) {
        int pos = FrontMatterSplit.nextLine(source, FrontMatterSplit.lineEnd(source, from));
        while (pos < to) {
            int end = FrontMatterSplit.lineEnd(source, pos);
            if (source.substring(pos, Math.min(end, to)).isBlank() && end <= to) {
                return true;
            }
            pos = FrontMatterSplit.nextLine(source, end);
        }
        return false;
    }

    /** The comment after a node on the line where it ends, or null. */
    static String endOfLine(String source, int nodeEnd) {
        int end = FrontMatterSplit.lineEnd(source, nodeEnd);
        String rest = source.substring(nodeEnd, end);
        int hash = rest.indexOf('#');
        if (hash < 0 || !rest.substring(0, hash).isBlank() || (hash == 0 && nodeEnd > 0 && source.charAt(nodeEnd - 1) != ' ')) {
            return null;
        }
        return rest.substring(hash).strip();
    }
}
