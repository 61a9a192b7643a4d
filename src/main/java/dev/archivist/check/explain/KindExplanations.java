package dev.archivist.check.explain;

import dev.archivist.check.explain.KindExplanation.Example;
import dev.archivist.check.explain.KindExplanation.Fixing;
import dev.archivist.model.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explanations of every kind, read once from {@code kinds.md} beside this class. The file's
 * own header says its shape; a file that breaks it fails with the line at fault.
 */
public final class KindExplanations {
    static final String RESOURCE = "kinds.md";
    static final String DEFAULT_PAGE = "_books/20220321-example.md";
    private static final String INDENT = "    ";

    /** A paragraph (its lines joined by spaces) or an indented block (its lines kept), and its first line. */
    private record Block(String text, boolean code, int line) {
    }

    private static final class Holder {
        static final Map<Kind, KindExplanation> ALL = load();
    }

    private KindExplanations() {
    }

    /** The explanation of a kind. */
    public static KindExplanation of(Kind kind) {
        KindExplanation e = Holder.ALL.get(kind);
        if (e == null) {
            throw new IllegalStateException(RESOURCE + " has no explanation of " + kind.id());
        }
        return e;
    }

    /** The explanations of every kind, in the order of {@link Kind}. */
    public static List<KindExplanation> all() {
        return Arrays.stream(Kind.values()).map(KindExplanations::of).toList();
    }

    private static Map<Kind, KindExplanation> load() {
        try (InputStream in = KindExplanations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code ## kind.id} section of the file, by kind. */
    static Map<Kind, KindExplanation> parse(List<String> lines) {
        Map<Kind, KindExplanation> out = new EnumMap<>(Kind.class);
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).startsWith("## ")) {
                if (start >= 0) {
                    KindExplanation e = section(lines, start, i);
                    if (out.put(e.kind(), e) != null) {
                        throw error(start, "a second section for " + e.kind().id());
                    }
                }
                start = i;
            }
        }
        return out;
    }

    private static KindExplanation section(List<String> lines, int start, int end) {
        String id = lines.get(start).substring(3).strip();
        Kind kind = Kind.byId(id).orElseThrow(() -> error(start, "no kind is called " + id));
        List<Block> blocks = blocks(lines, start + 1, end);
        String summary = text(blocks, 0, "a one-line summary");
        int i = 1;
        List<String> paragraphs = new ArrayList<>();
        while (i < blocks.size() && !blocks.get(i).code() && !blocks.get(i).text().startsWith("Fix: ")) {
            paragraphs.add(blocks.get(i++).text());
        }
        if (i >= blocks.size() || paragraphs.isEmpty()) {
            throw error(start, id + ": after the summary, what it means, then a paragraph starting 'Fix: '");
        }
        Block fix = blocks.get(i);
        Fixing fixing = fixing(fix);
        Example example = example(blocks.subList(i + 1, blocks.size()), start, id);
        if ((example.after() == null) != (fixing == Fixing.REPORTED)) {
            throw error(start, id + ": a fixable kind has Before and After, a reported one Before only");
        }
        return new KindExplanation(kind, summary, List.copyOf(paragraphs), fixing, fix.text(), example);
    }

    private static Fixing fixing(Block fix) {
        return Arrays.stream(Fixing.values()).filter(f -> fix.text().matches("Fix: " + f.label() + "[.,]( .*)?"))
                .findFirst().orElseThrow(() -> error(fix.line(), "'Fix: safe', 'Fix: on request' or 'Fix: reported only', "
                        + "then '.' or ','"));
    }

    /** The example: {@code Page:} and {@code Person:} lines, then Before and, for a fix, After, each with its block. */
    private static Example example(List<Block> blocks, int start, String id) {
        String page = DEFAULT_PAGE;
        Map<String, String> people = new LinkedHashMap<>();
        int i = 0;
        for (; i < blocks.size() && !blocks.get(i).code() && !blocks.get(i).text().equals("Before:"); i++) {
            Block b = blocks.get(i);
            if (b.text().startsWith("Page: ")) {
                page = b.text().substring(6).strip();
            } else if (b.text().startsWith("Person: ") && b.text().contains(", ")) {
                String[] p = b.text().substring(8).split(", ", 2);
                people.put(p[0].strip(), p[1].strip());
            } else {
                throw error(b.line(), "'Page: PATH', 'Person: ID, TITLE' or 'Before:' expected");
            }
        }
        String before = code(blocks, i, "Before:");
        String after = i + 2 < blocks.size() ? code(blocks, i + 2, "After:") : null;
        if (i + (after == null ? 2 : 4) != blocks.size()) {
            throw error(start, id + ": nothing may follow the example");
        }
        return new Example(page, Collections.unmodifiableMap(people), before, after);
    }

    private static String text(List<Block> blocks, int i, String what) {
        if (i >= blocks.size() || blocks.get(i).code()) {
            throw error(i < blocks.size() ? blocks.get(i).line() : -1, what + " expected");
        }
        return blocks.get(i).text();
    }

    /** The indented block after a label paragraph ("Before:"). */
    private static String code(List<Block> blocks, int i, String label) {
        if (i + 1 >= blocks.size() || !blocks.get(i).text().equals(label) || !blocks.get(i + 1).code()) {
            throw error(i < blocks.size() ? blocks.get(i).line() : -1, label + " and an indented block expected");
        }
        return blocks.get(i + 1).text();
    }

    /**
     * Paragraphs, separated by blank lines, and blocks indented by four spaces (blank lines
     * inside them kept). A line starting {@code Page:}, {@code Person:}, {@code Before:} or
     * {@code After:} is a paragraph of its own.
     */
    private static List<Block> blocks(List<String> lines, int from, int to) {
        List<Block> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith(INDENT)) {
                int first = i;
                StringBuilder code = new StringBuilder();
                while (i < to && (lines.get(i).startsWith(INDENT) || lines.get(i).isBlank())) {
                    code.append(lines.get(i).length() < INDENT.length() ? "" : lines.get(i).substring(INDENT.length())).append('\n');
                    i++;
                }
                out.add(new Block(code.toString().replaceAll("\n+$", "\n"), true, first));
            } else {
                int first = i;
                StringBuilder text = new StringBuilder(line.strip());
                i++;
                while (i < to && !lines.get(i).isBlank() && !lines.get(i).startsWith(INDENT) && !field(line) && !field(lines.get(i))) {
                    text.append(' ').append(lines.get(i++).strip());
                }
                out.add(new Block(text.toString(), false, first));
            }
        }
        return out;
    }

    private static boolean field(String line) {
        return line.startsWith("Page: ") || line.startsWith("Person: ") || line.equals("Before:") || line.equals("After:");
    }

    private static IllegalStateException error(int line, String message) {
        return new IllegalStateException(RESOURCE + (line >= 0 ? ", line " + (line + 1) : "") + ": " + message);
    }
}
