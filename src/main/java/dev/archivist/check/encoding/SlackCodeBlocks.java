package dev.archivist.check.encoding;

import dev.archivist.model.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code encoding.slack-code-block}: Slack writes a code block as {@code ```code```}, the code
 * right after the opening backticks and the closing ones right after the code. Markdown reads
 * that as an inline code span at best and, when the opening line starts the line, as a fence
 * whose info string swallows the first line and which runs to the end of the text. The safe fix
 * writes a fenced block: the fence alone on its line, the code with Slack's {@code &lt;}
 * {@code &gt;} {@code &amp;} decoded, the fence alone again (docs/decisions/encoding-fixes.md).
 */
final class SlackCodeBlocks {
    private static final String FENCE = "```";
    /** What a real fence's info string looks like: one word, a language name. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]+");
    /** A line start that would begin a block once it stands at the start of a line. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:[#>]|[-+*](?=[ \\t]|$)|\\d{1,9}(?=[.)](?:[ \\t]|$)))");

    /**
     * One Slack code block: the opening backticks at {@code start}, the closing ones ending at
     * {@code end}; an unterminated one ({@code closed} false) ends at the end of the text.
     */
    record Block(int start, int end, boolean closed) {
    }

    private SlackCodeBlocks() {
    }

    static void check(ScalarText s) {
        if (!s.markdown || !s.has(ScalarText.BACKTICK) || !s.value.contains(FENCE)) {
            return;
        }
        List<Block> blocks = find(s.value);
        long closed = blocks.stream().filter(Block::closed).count();
        if (closed > 0) {
            String what = closed == 1 ? "a Slack code block (```code```)" : closed + " Slack code blocks (```code```)";
            s.reportSafe(Kind.SLACK_CODE_BLOCK, what + " that the site shows as a broken fence; a fenced block "
                    + "shows it as code", fix(s.value), SlackCodeBlocks::fix);
        }
        if (blocks.stream().anyMatch(b -> !b.closed())) {
            s.report(Kind.SLACK_CODE_BLOCK, "``` with no closing ```: the site shows the rest of the text as code; "
                    + "where the code ends is for a person to say");
        }
    }

    /** The Slack code blocks of a text, in order; fenced blocks written correctly are not among them. */
    static List<Block> find(String text) {
        List<Block> out = new ArrayList<>();
        int i = text.indexOf(FENCE);
        while (i >= 0) {
            int run = runLength(text, i);
            int next;
            int tick = text.indexOf('`', i + run);
            if (startsLine(text, i) && (tick < 0 || tick >= lineEnd(text, i))) {
                next = fenced(text, i, run, out);
            } else if (run == 3) {
                next = slack(text, i, out);
            } else {
                next = i + run;
            }
            i = next < 0 || next >= text.length() ? -1 : text.indexOf(FENCE, next);
        }
        return out;
    }

    /** A run that opens a line with no backtick after it: a real fence, or Slack's. Returns where to go on. */
    private static int fenced(String text, int start, int run, List<Block> out) {
        int eol = lineEnd(text, start);
        String info = text.substring(start + run, eol).strip();
        boolean real = info.isEmpty() || LANGUAGE.matcher(info).matches() || run > 3;
        for (int line = eol + 1; real && line <= text.length() && eol < text.length(); line = lineEnd(text, line) + 1) {
            int end = lineEnd(text, line);
            String l = text.substring(line, end);
            if (closes(l, run)) {
                return end;
            }
            if (run == 3 && l.contains(FENCE)) {
                break; // Slack's closing backticks, right after the code
            }
        }
        if (run > 3) {
            return text.length(); // an unclosed long fence is not Slack's: code to the end
        }
        return slack(text, start, out);
    }

    /** A Slack block opening at {@code start}: closed by the next run of exactly three backticks. */
    private static int slack(String text, int start, List<Block> out) {
        for (int i = text.indexOf(FENCE, start + 3); i >= 0; i = text.indexOf(FENCE, i)) {
            int run = runLength(text, i);
            if (run == 3) {
                out.add(new Block(start, i + 3, true));
                return i + 3;
            }
            i += run;
        }
        // alone in running text the backticks show as they are, on Slack and on the site
        if (startsLine(text, start)) {
            out.add(new Block(start, text.length(), false));
        }
        return text.length();
    }

    /** The text with every Slack code block written as a fenced block. Pure and idempotent. */
    static String fix(String value) {
        if (!value.contains(FENCE)) {
            return value;
        }
        List<Block> blocks = find(value);
        StringBuilder out = new StringBuilder(value.length() + 16 * blocks.size());
        int last = 0;
        for (Block b : blocks) {
            if (!b.closed()) {
                continue;
            }
            int lineStart = value.lastIndexOf('\n', b.start() - 1) + 1;
            int from = Math.max(lineStart, last);
            String before = value.substring(from, b.start());
            out.append(value, last, from);
            if (!before.isBlank()) {
                out.append(before.stripTrailing()).append('\n');
            } else if (from > lineStart && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            String code = decode(code(value, b));
            String fence = "`".repeat(Math.max(3, longestRun(code) + 1));
            out.append(fence).append('\n').append(code).append('\n').append(fence);
            last = after(value, b.end(), out);
        }
        return last == 0 ? value : out.append(value, last, value.length()).toString();
    }

    /** Writes what follows the block on its line on a line of its own; returns where the copy goes on. */
    private static int after(String value, int end, StringBuilder out) {
        int eol = lineEnd(value, end);
        int text = end;
        while (text < eol && (value.charAt(text) == ' ' || value.charAt(text) == '\t')) {
            text++;
        }
        if (text == eol) {
            return eol; // trailing blanks go
        }
        out.append('\n');
        if (value.startsWith(FENCE, text)) {
            return text; // the next block: it starts its own line
        }
        // on a line of its own it must stay text, not become a list item, heading or quote
        var m = BLOCK_START.matcher(value).region(text, eol);
        if (m.lookingAt()) {
            int mark = m.end() > text && Character.isDigit(value.charAt(text)) ? m.end() : text;
            out.append(value, text, mark).append('\\');
            return mark;
        }
        return text;
    }

    /** The code between the backticks: blanks next to them and a line break right after or before them dropped. */
    private static String code(String value, Block b) {
        int from = b.start() + 3;
        int to = b.end() - 3;
        while (from < to && (value.charAt(from) == ' ' || value.charAt(from) == '\t')) {
            from++;
        }
        from += value.startsWith("\r\n", from) && from + 2 <= to ? 2 : value.startsWith("\n", from) && from < to ? 1 : 0;
        while (to > from && (value.charAt(to - 1) == ' ' || value.charAt(to - 1) == '\t')) {
            to--;
        }
        to -= to > from && value.charAt(to - 1) == '\n' ? 1 : 0;
        to -= to > from && value.charAt(to - 1) == '\r' ? 1 : 0;
        return value.substring(from, to);
    }

    /** Slack's three entities, decoded once, left to right ({@code &amp;lt;} is the text "&lt;"). */
    static String decode(String code) {
        if (code.indexOf('&') < 0) {
            return code;
        }
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            if (code.startsWith("&lt;", i)) {
                out.append('<');
                i += 3;
            } else if (code.startsWith("&gt;", i)) {
                out.append('>');
                i += 3;
            } else if (code.startsWith("&amp;", i)) {
                out.append('&');
                i += 4;
            } else {
                out.append(code.charAt(i));
            }
        }
        return out.toString();
    }

    /** Whether a line closes a fence of {@code run} backticks: at most three spaces, the backticks, blanks. */
    private static boolean closes(String line, int run) {
        int i = 0;
        while (i < line.length() && i < 4 && line.charAt(i) == ' ') {
            i++;
        }
        return i <= 3 && runLength(line, i) >= run && line.substring(i + runLength(line, i)).isBlank();
    }

    private static boolean startsLine(String text, int i) {
        int spaces = 0;
        for (int j = i - 1; j >= 0 && text.charAt(j) != '\n'; j--) {
            if (text.charAt(j) != ' ' || ++spaces > 3) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end;
    }

    private static int runLength(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == '`') {
            j++;
        }
        return j - i;
    }

    private static int longestRun(String code) {
        int longest = 0;
        for (int i = code.indexOf('`'); i >= 0; i = code.indexOf('`', i + 1)) {
            int run = runLength(code, i);
            longest = Math.max(longest, run);
            i += run - 1;
        }
        return longest;
    }
}
