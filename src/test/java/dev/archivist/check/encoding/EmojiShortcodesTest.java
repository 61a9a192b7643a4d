package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmojiShortcodesTest {

    private static String md(String text) {
        return EmojiShortcodes.convert(text, true);
    }

    @Test
    void slackAliasesBecomeEmoji() {
        assertEquals("Great talk 🙂 and thanks ❤️", md("Great talk :slightly_smiling_face: and thanks :heart:"));
        assertEquals("🙋‍♀️ me!", md(":woman-raising-hand: me!"));
        assertEquals("👍👎", md(":+1::-1:"));
    }

    @Test
    void skinTonesJoinTheirEmoji() {
        assertEquals("hello 👋🏼", md("hello :wave::skin-tone-3:"));
        assertEquals("bravo 👏🏻!", md("bravo :clap::skin-tone-2:!"));
    }

    @Test
    void customWorkspaceEmojiAreReportedNotGuessed() {
        ArchiveDocument doc = Pages.thread("Thanks a lot :thank_you: :heart:");
        List<Problem> found = Pages.check(doc).stream().filter(p -> p.kind() == Kind.EMOJI_SHORTCODE).toList();
        assertEquals(2, found.size());
        assertEquals("Thanks a lot :thank_you: ❤️", Pages.fixed(doc, found.get(0)));
        assertTrue(found.get(1).message().contains(":thank_you:"));
        assertNull(found.get(1).fix());
        assertEquals("ok :party_parrot::skin-tone-2:", md("ok :party_parrot::skin-tone-2:"));
        assertEquals("a lone :skin-tone-4: stays", md("a lone :skin-tone-4: stays"));
    }

    @Test
    void timesRatiosAndOtherColonsAreNotShortcodes() {
        for (String s : List.of("at 10:30:45 sharp", "ratio 1:2:3", "std::vector::size", "a:b:c",
                "| :---: | :--- |", "key:value:more", "http://example.org/a:smile:b")) {
            assertEquals(s, md(s));
            assertTrue(Pages.problems(s, Kind.EMOJI_SHORTCODE).isEmpty(), s);
        }
    }

    @Test
    void codeAndUrlsAreLeftAlone() {
        String text = "`:smile:` and\n```\nprint(':heart:')\n```\n[see](https://example.org/:smile:) :smile:";
        assertEquals("`:smile:` and\n```\nprint(':heart:')\n```\n[see](https://example.org/:smile:) 😄", md(text));
        assertEquals("<https://example.org|docs :tada:> 🎉", md("<https://example.org|docs :tada:> :tada:"));
    }

    @Test
    void plainFieldsConvertToo() {
        List<Problem> found = Pages.check(Pages.page("title: 'Ship it :rocket:'\n")).stream()
                .filter(p -> p.kind() == Kind.EMOJI_SHORTCODE).toList();
        assertEquals(1, found.size());
        assertEquals("Ship it :rocket:", found.get(0).fix().before());
        assertEquals("Ship it 🚀", found.get(0).fix().after());
    }

    @Test
    void convertingIsIdempotent() {
        String s = ":heart::skin-tone-2: :wave::skin-tone-6: :thank_you: 10:30:45 :smile:";
        assertEquals(md(s), md(md(s)));
    }
}
