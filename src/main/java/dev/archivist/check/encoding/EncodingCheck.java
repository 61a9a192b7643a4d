package dev.archivist.check.encoding;

import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Scalars;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The {@code encoding.*} checks: escapes, entities, emoji codes, invisible characters, Slack
 * bullets, mojibake and literal escapes, over every string value of the page. Each safe fix
 * rewrites the whole value with a pure, idempotent function that fixes every occurrence of its
 * kind, so fixes on one value compose in any order.
 */
public final class EncodingCheck implements Check {
    /** Below this many values one thread is quicker than splitting the work. */
    private static final int PARALLEL_FROM = 4096;
    private static final int CHUNK = 1024;

    private record Value(YamlPath path, YScalar scalar) {
    }

    /** Loads the Slack emoji table now rather than at its first use (see {@link dev.archivist.check.Checks#warmUp}). */
    public static void prepare() {
        EmojiShortcodes.warmUp();
    }

    @Override
    public List<Problem> check(CheckContext context) {
        List<Value> values = new ArrayList<>();
        Scalars.forEachString(context.root(), (path, scalar) -> values.add(new Value(path, scalar)));
        if (values.size() < PARALLEL_FROM) {
            return check(context, values);
        }
        // the detectors are pure, so large archives are checked in chunks on all cores
        int chunks = (values.size() + CHUNK - 1) / CHUNK;
        List<List<Problem>> parts = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> check(context, values.subList(c * CHUNK, Math.min(values.size(), (c + 1) * CHUNK))))
                .toList();
        List<Problem> out = new ArrayList<>();
        parts.forEach(out::addAll);
        return out;
    }

    private static List<Problem> check(CheckContext context, List<Value> values) {
        List<Problem> out = new ArrayList<>();
        // on request only: the fix engine does not ask for it unless named, and it is found on most values
        boolean escapes = context.wants(Kind.ESCAPED_UNICODE);
        for (Value v : values) {
            ScalarText s = new ScalarText(context, v.path(), v.scalar(), out);
            if (escapes) {
                EscapedUnicode.check(s);
            }
            Mojibake.check(s);
            HtmlEntities.check(s);
            EmojiShortcodes.check(s);
            InvisibleChars.check(s);
            SlackBullets.check(s);
            LiteralEscapes.check(s);
        }
        return out;
    }

    @Override
    public java.util.Set<dev.archivist.model.Kind> kinds() {
        return java.util.EnumSet.copyOf(dev.archivist.model.Kind.select(java.util.List.of("encoding")));
    }

    @Override
    public boolean perValue() {
        return true;
    }
}
