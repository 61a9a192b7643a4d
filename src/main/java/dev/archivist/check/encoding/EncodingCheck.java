package dev.archivist.check.encoding;

import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.model.Kind;
import dev.archivist.model.PageKind;
import dev.archivist.model.Problem;
import dev.archivist.model.Scalars;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code encoding.*} checks: escapes, entities, emoji codes, invisible characters, Slack
 * bullets, mojibake, literal escapes, look-alike characters and Slack code blocks, over every string value of the page. Each safe fix
 * rewrites the whole value with a pure, idempotent function that fixes every occurrence of its
 * kind, so fixes on one value compose in any order.
 */
public final class EncodingCheck implements Check {

    /** Loads the Slack emoji table now rather than at its first use (see {@link dev.archivist.check.Checks#warmUp}). */
    public static void prepare() {
        EmojiShortcodes.warmUp();
    }

    @Override
    public List<Problem> check(CheckContext context) {
        List<Problem> out = new ArrayList<>();
        // on request only: the fix engine does not ask for it unless named, and it is found on most values
        boolean escapes = context.wants(Kind.ESCAPED_UNICODE);
        boolean episode = context.kind() == PageKind.PODCAST;
        Scalars.forEachString(context.root(), (path, scalar) -> {
            ScalarText s = new ScalarText(context, path, scalar, episode && ScalarText.isHtml(path), out);
            if (escapes) {
                EscapedUnicode.check(s);
            }
            Mojibake.check(s);
            HtmlEntities.check(s);
            EmojiShortcodes.check(s);
            InvisibleChars.check(s);
            SlackBullets.check(s);
            LiteralEscapes.check(s);
            LookalikeChars.check(s);
            SlackCodeBlocks.check(s);
        });
        return out;
    }

    @Override
    public java.util.Set<dev.archivist.model.Kind> kinds() {
        return java.util.EnumSet.copyOf(dev.archivist.model.Kind.select(java.util.List.of("encoding")));
    }
}
