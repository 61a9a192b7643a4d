package dev.archivist.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Kramdown's typographic symbols and smart quotes, which the site applies to all text outside
 * code: {@code ---} and {@code --} become em and en dashes, {@code ...} an ellipsis, straight
 * quotes curly ones (opening after a space or an opening bracket, closing otherwise).
 * Kramdown's {@code <<} and {@code >>} guillemets are not applied: entity-escaped {@code &gt;&gt;},
 * which kramdown leaves alone, cannot be told apart from them once parsed.
 */
final class Typography {

    private static final String OPENING_CONTEXT = "([{-\u201C\u2018";
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private Typography() {
    }

    static void apply(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                inlines(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                inlines(heading);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell) {
                    inlines(node);
                } else {
                    visitChildren(node);
                }
            }
        });
    }

    /** The same rules over one string that holds no code, for plain texts rendered without a tree. */
    static String smarten(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return symbols(text);
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '"' || chars[i] == '\'') {
                chars[i] = quote(chars, i);
            }
        }
        return symbols(new String(chars));
    }

    /** One run of inline content: its texts are read as one string, so quotes see across emphasis. */
    private static void inlines(Node container) {
        List<Text> texts = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        StringBuilder flat = new StringBuilder();
        flatten(container, true, texts, ranges, flat);
        char[] chars = null;
        for (int t = 0; t < texts.size(); t++) {
            String literal = texts.get(t).getLiteral();
            if (literal.indexOf('"') < 0 && literal.indexOf('\'') < 0) {
                continue;
            }
            chars = chars == null ? flat.toString().toCharArray() : chars;
            for (int i = ranges.get(t)[0]; i < ranges.get(t)[1]; i++) {
                if (chars[i] == '"' || chars[i] == '\'') {
                    chars[i] = quote(chars, i);
                }
            }
        }
        for (int t = 0; t < texts.size(); t++) {
            int[] r = ranges.get(t);
            String before = texts.get(t).getLiteral();
            String after = symbols(chars == null ? before : new String(chars, r[0], r[1] - r[0]));
            if (!after.equals(before)) {
                texts.get(t).setLiteral(after);
            }
        }
    }

    private static void flatten(Node parent, boolean editable, List<Text> texts, List<int[]> ranges, StringBuilder flat) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text text) {
                if (editable) {
                    texts.add(text);
                    ranges.add(new int[] {flat.length(), flat.length() + text.getLiteral().length()});
                }
                flat.append(text.getLiteral());
            } else if (n instanceof Code code) {
                flat.append(code.getLiteral());
            } else if (n instanceof HtmlInline html) {
                flat.append(html.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                flat.append('\n');
            } else {
                flatten(n, editable && !isAutolink(n), texts, ranges, flat);
            }
        }
    }

    /** A link that shows its own address: kramdown writes its text as is. */
    private static boolean isAutolink(Node node) {
        if (!(node instanceof Link link) || !(link.getFirstChild() instanceof Text text) || text.getNext() != null) {
            return false;
        }
        String dest = link.getDestination();
        return dest.equals(text.getLiteral()) || dest.equals("mailto:" + text.getLiteral());
    }

    /** Kramdown's smart quote rules, reduced to the context of one character either side. */
    private static char quote(char[] s, int i) {
        boolean single = s[i] == '\'';
        char prev = i == 0 ? ' ' : s[i - 1];
        char next = i + 1 < s.length ? s[i + 1] : ' ';
        boolean opening;
        if (isPunctuation(next) && !isWord(i + 2 < s.length ? s[i + 2] : ' ') && !startsEllipsis(s, i + 1)) {
            opening = false;
        } else if (single && isDecade(s, i)) {
            opening = false;
        } else {
            boolean openingPlace = Character.isWhitespace(prev) || OPENING_CONTEXT.indexOf(prev) >= 0;
            opening = openingPlace && !Character.isWhitespace(next);
        }
        if (single) {
            return opening ? '\u2018' : '\u2019';
        }
        return opening ? '\u201C' : '\u201D';
    }

    private static boolean isPunctuation(char c) {
        return PUNCTUATION.indexOf(c) >= 0;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean startsEllipsis(char[] s, int i) {
        return i + 2 < s.length && s[i] == '.' && s[i + 1] == '.' && s[i + 2] == '.';
    }

    /** {@code '80s}. */
    private static boolean isDecade(char[] s, int i) {
        return i + 3 < s.length && Character.isDigit(s[i + 1]) && Character.isDigit(s[i + 2]) && s[i + 3] == 's';
    }

    private static String symbols(String text) {
        if (text.indexOf("--") < 0 && text.indexOf("...") < 0) {
            return text;
        }
        return text.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026");
    }
}
