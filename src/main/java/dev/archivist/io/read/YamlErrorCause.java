package dev.archivist.io.read;

import dev.archivist.model.ParseError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks, in a front matter the YAML parser refused, for the likely cause of the error: a quote
 * never closed, a tab used for indentation, a key with no space after its colon. The parser often
 * notices far below the cause (an unclosed quote runs on to the next quote), so the cause's line,
 * told in plain words, is what helps the user. A rough line scanner, not a parser: it only runs
 * once the parser has failed, and only a cause at or above the parser's line is believed.
 */
final class YamlErrorCause {
    private static final Pattern MISSING_SPACE = Pattern.compile("[A-Za-z_][\\w.-]*:[^\\s/:]");
    private static final Pattern KEY_OR_ITEM = Pattern.compile("(-( |$)|[^\\s#'\"][^#]*?:( |$)).*");
    private static final Pattern KEY_END = Pattern.compile(":( |$)");
    private static final Pattern BLOCK_SCALAR = Pattern.compile("[|>][-+0-9]*\\s*(#.*)?");

    private final String[] lines;
    private final int baseLine;
    private int stopLine;
    private int causeLine = -1;
    private int causeColumn;
    private String cause;
    // a quoted scalar that runs on past its line
    private char quote;
    private int quoteLine;
    private int quoteColumn;
    private int quoteIndent;
    // the indentation a block scalar's lines go deeper than, or -1 outside one
    private int blockIndent = -1;

    private YamlErrorCause(String yaml, int baseLine) {
        this.lines = yaml.split("\r?\n", -1);
        this.baseLine = baseLine;
    }

    /**
     * The parser's error told at its likely cause, or the error as it is when no cause is found.
     *
     * @param yaml the front matter the parser read
     * @param baseLine 0-based line of the front matter's first line in the document
     */
    static ParseError explain(String yaml, int baseLine, ParseError parserError) {
        YamlErrorCause scan = new YamlErrorCause(yaml, baseLine);
        scan.scan(parserError.line());
        if (scan.cause == null) {
            return parserError;
        }
        String said = scan.causeLine == parserError.line() ? " (" + parserError.message() + ")"
                : "; the YAML parser stopped at line " + parserError.line() + ": " + parserError.message();
        return new ParseError(scan.cause + said, scan.causeLine, scan.causeColumn);
    }

    private void scan(int stop) {
        stopLine = stop;
        // past the parser's line only to see whether a quote still open there closes as it should
        for (int i = 0; i < lines.length && cause == null && (line(i) <= stopLine || quote != 0); i++) {
            scanLine(i, lines[i]);
        }
        if (cause == null && quote != 0) {
            found(quoteLine, quoteColumn, "the quote opened on line " + quoteLine + " is never closed");
        }
    }

    private int line(int i) {
        return baseLine + i + 1;
    }

    private void scanLine(int i, String text) {
        int indent = indentOf(text);
        String content = text.substring(indent).strip();
        if (quote != 0) {
            if (indent > quoteIndent || !KEY_OR_ITEM.matcher(content).matches()) {
                int close = closing(text, 0, quote);
                if (close >= 0) {
                    quote = 0;
                    node(i, text, afterScalar(text, close + 1), indent);
                }
                return;
            }
            // a key or an item no deeper than the line the quote opened on: the quote ran on by mistake
            found(quoteLine, quoteColumn, "the quote opened on line " + quoteLine + " is never closed");
            return;
        }
        if (blockIndent >= 0 && (content.isEmpty() || indent > blockIndent)) {
            return;
        }
        blockIndent = -1;
        if (content.isEmpty() || content.startsWith("#")) {
            return;
        }
        int lead = leadingBlanks(text);
        if (text.substring(0, lead).indexOf('\t') >= 0) {
            found(line(i), 1, "line " + line(i) + " is indented with a tab; YAML needs spaces");
            return;
        }
        int at = lead;
        while (text.startsWith("- ", at) || text.startsWith("-", at) && at + 1 == text.length()) {
            at = skipSpaces(text, at + 1);
        }
        node(i, text, at, indent);
    }

    /** The keys and the value of a line from {@code at}: {@code a: "b": c} is walked in a loop, never a deep recursion. */
    private void node(int i, String text, int from, int indent) {
        // a comment ends what can hold a key; a long line is read once, never copied per key
        int comment = from < 0 ? -1 : text.indexOf(" #", from);
        int end = comment < 0 ? text.length() : comment;
        int at = from;
        while (at >= 0 && at < end) {
            at = step(i, text, at, end, indent);
        }
    }

    /** One key or value at {@code at}; where the next one starts, or -1 when the line has no more. */
    private int step(int i, String text, int at, int end, int indent) {
        char c = text.charAt(at);
        if (c == '"' || c == '\'') {
            int close = closing(text, at + 1, c);
            if (close < 0) {
                quote = c;
                quoteLine = line(i);
                quoteColumn = at + 1;
                quoteIndent = indent;
                return -1;
            }
            return afterScalar(text, close + 1);
        }
        if (BLOCK_SCALAR.matcher(text).region(at, text.length()).matches()) {
            blockIndent = indent;
            return -1;
        }
        Matcher key = KEY_END.matcher(text).region(at, end);
        if (c != '[' && c != '{' && key.find()) {
            return skipSpaces(text, key.end());
        }
        if (MISSING_SPACE.matcher(text).region(at, end).lookingAt()) {
            String shown = text.substring(at, Math.min(end, at + 60)).strip() + (end > at + 60 ? "…" : "");
            found(line(i), at + 1, "line " + line(i) + ": `" + shown + "` needs a space after the colon");
        }
        return -1;
    }

    /** After a quoted key, where its value starts; after a quoted value, -1. */
    private static int afterScalar(String text, int from) {
        int at = skipSpaces(text, from);
        return text.startsWith(":", at) ? skipSpaces(text, at + 1) : -1;
    }

    /** The index of the quote that closes a scalar, from {@code from}; -1 when the line does not close it. */
    private static int closing(String text, int from, char quote) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (quote == '"' && c == '\\') {
                k++;
            } else if (c == quote) {
                if (quote == '\'' && k + 1 < text.length() && text.charAt(k + 1) == '\'') {
                    k++;
                } else {
                    return k;
                }
            }
        }
        return -1;
    }

    private void found(int line, int column, String message) {
        if (line > stopLine) {
            return;
        }
        causeLine = line;
        causeColumn = column;
        cause = message;
    }

    private static int indentOf(String text) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static int leadingBlanks(String text) {
        int n = 0;
        while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }
}
