package dev.archivist.io.write;

import dev.archivist.io.read.FrontMatterSplit;

/** Shifts the continuation lines of a block of YAML left or right, keeping the first line as is. */
final class Reindent {

    private Reindent() {
    }

    /** Every line after the first gains (or loses, when negative) {@code delta} leading spaces. */
    static String shift(String lines, int delta) {
        if (delta == 0) {
            return lines;
        }
        StringBuilder out = new StringBuilder(lines.length() + 64);
        int pos = 0;
        boolean first = true;
        while (pos <= lines.length()) {
            int end = FrontMatterSplit.lineEnd(lines, pos);
            int next = FrontMatterSplit.nextLine(lines, end);
            String line = lines.substring(pos, end);
            if (!first && !line.isEmpty()) {
                if (delta > 0) {
                    out.append(" ".repeat(delta));
                    out.append(line);
                } else {
                    int remove = 0;
                    while (remove < -delta && remove < line.length() && line.charAt(remove) == ' ') {
                        remove++;
                    }
                    out.append(line, remove, line.length());
                }
            } else {
                out.append(line);
            }
            out.append(lines, end, next);
            if (next == pos || next >= lines.length() && end >= lines.length()) {
                break;
            }
            pos = next;
            first = false;
        }
        return out.toString();
    }
}
