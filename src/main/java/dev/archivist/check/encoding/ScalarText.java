package dev.archivist.check.encoding;

import dev.archivist.check.CheckContext;
import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Span;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.util.List;
import java.util.function.UnaryOperator;

/** One string value under check: its place, whether it is Markdown, and how to report on it. */
final class ScalarText {
    static final int AMPERSAND = 1;
    static final int COLONS = 2;
    static final int BACKSLASH = 4;
    static final int BULLET = 8;
    static final int INVISIBLE = 16;
    static final int LEAD = 32;
    static final int LOOKALIKE = 64;
    static final int BACKTICK = 128;

    final CheckContext context;
    final YamlPath path;
    final YScalar scalar;
    final String value;
    final boolean markdown;
    /** A text the site writes into the page as raw HTML (an episode's transcript lines and intro). */
    final boolean html;
    private final List<Problem> out;
    private final int features;
    private TextRegions regions;

    ScalarText(CheckContext context, YamlPath path, YScalar scalar, List<Problem> out) {
        this(context, path, scalar, false, out);
    }

    ScalarText(CheckContext context, YamlPath path, YScalar scalar, boolean html, List<Problem> out) {
        this.context = context;
        this.path = path;
        this.scalar = scalar;
        this.value = scalar.value();
        this.markdown = isMarkdown(path);
        this.html = html;
        this.out = out;
        this.features = features(value);
    }

    /** True when the value holds what a detector looks for (one pass over the value for all of them). */
    boolean has(int feature) {
        return (features & feature) != 0;
    }

    /** Flags of the ASCII chars detectors look for; the colon is counted apart. */
    private static final int[] ASCII = new int[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ASCII[c] = c == '\n' || c == '\t' ? 0 : INVISIBLE;
        }
        ASCII[0x7F] = INVISIBLE;
        ASCII['&'] = AMPERSAND;
        ASCII['\\'] = BACKSLASH;
        ASCII['`'] = BACKTICK;
    }

    /** One pass over the value for all detectors; the common printable-ASCII char costs a table lookup. */
    private static int features(String v) {
        int f = 0;
        int colons = 0;
        for (char c : v.toCharArray()) {
            f |= c < 128 ? ASCII[c] : nonAscii(c);
            colons += c == ':' ? 1 : 0;
        }
        return colons >= 2 ? f | COLONS : f;
    }

    private static int nonAscii(char c) {
        if (c >= 0xC2 && c <= 0xF4) {
            return LEAD;
        }
        if (c == '•' || c == '◦' || c == '▪') {
            return BULLET;
        }
        if (LookalikeChars.candidate(c)) {
            return LOOKALIKE;
        }
        return InvisibleChars.candidate(c) ? INVISIBLE : 0;
    }

    /**
     * Thread and reply texts are Markdown (the site renders them with markdownify); names,
     * titles, descriptions and link texts are plain.
     */
    static boolean isMarkdown(YamlPath path) {
        List<Object> s = path.segments();
        return s.size() > 1 && "archive".equals(s.get(0)) && "text".equals(s.get(s.size() - 1));
    }

    /**
     * An episode's transcript lines and headers and its intro: the layout writes them into the
     * page as they are, so they are HTML, not Markdown (decision 0020).
     */
    static boolean isHtml(YamlPath path) {
        List<Object> s = path.segments();
        return s.size() == 3 && "transcript".equals(s.get(0)) && ("line".equals(s.get(2)) || "header".equals(s.get(2)))
                || s.size() == 1 && "intro".equals(s.get(0));
    }

    /** Parsed on first use only: most values never need it. */
    TextRegions regions() {
        if (regions == null) {
            regions = TextRegions.of(value, markdown, context::markdown);
        }
        return regions;
    }

    /** Reports a problem that only a person can settle. */
    void report(Kind kind, String message) {
        report(kind, message, null);
    }

    /** Reports a problem with a fix of any kind (a suggestion, a restyle), or none. */
    void report(Kind kind, String message, Fix fix) {
        Span span = scalar.span();
        int line = span == null ? 0 : context.lineAt(span.start());
        int column = span == null ? 0 : context.columnAt(span.start());
        out.add(new Problem(kind, path, line, column, message, fix));
    }

    /** Reports a problem whose safe fix rewrites the whole value with {@code transform}. */
    void reportSafe(Kind kind, String message, String fixed, UnaryOperator<String> transform) {
        String[] f = Fragments.of(value, fixed);
        report(kind, message, Fix.safe(f[0], f[1], new Edit.TextEdit(path, transform)));
    }

    /** The same, when the detector knows where its first change is. */
    void reportSafe(Kind kind, String message, String fixed, Fragments.Change first, UnaryOperator<String> transform) {
        String[] f = Fragments.around(value, fixed, first);
        report(kind, message, Fix.safe(f[0], f[1], new Edit.TextEdit(path, transform)));
    }

    /** Reports a problem whose fix needs a person's consent. */
    void reportSuggestion(Kind kind, String message, String fixed, UnaryOperator<String> transform) {
        String[] f = Fragments.of(value, fixed);
        report(kind, message, Fix.suggestion(f[0], f[1], new Edit.TextEdit(path, transform)));
    }
}
