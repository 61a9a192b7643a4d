package dev.archivist.check.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void wholeWordsOnly() {
        assertEquals("Hi Serg Masis, thanks. Serg Masis's book",
                Mentions.replace("Hi Serg Masís, thanks. Serg Masís's book", "Serg Masís", "Serg Masis", false));
        assertEquals("Gantry and Gant Laborde", Mentions.replace("Gantry and Gant", "Gant", "Gant Laborde", false));
        assertFalse(Mentions.mentions("Serg Masíss", "Serg Masís", "Serg Masis", false));
        assertFalse(Mentions.mentions("Ken Youens-Clark", "Ken Youens", "Ken Y", false));
        assertFalse(Mentions.mentions("Asgari-Chenaghlu", "Chenaghlu", "C", false));
        assertEquals("- Ken Y - hi", Mentions.replace("- Ken Youens - hi", "Ken Youens", "Ken Y", false));
    }

    @Test
    void urlsDomainsAndEmailsAreLeftAlone() {
        String text = "See https://example.org/swyx/post and swyx.io or mail swyx@example.org, thanks swyx";
        assertEquals("See https://example.org/swyx/post and swyx.io or mail swyx@example.org, thanks Shawn",
                Mentions.replace(text, "swyx", "Shawn", false));
    }

    @Test
    void codeAndLinkDestinationsAreLeftAloneButLinkTextIsRenamed() {
        String text = "`Gant` is a name\n\n```\nGant\n```\n\n[Gant](https://x.org/Gant) and <a href=\"Gant\">Gant</a>";
        String out = Mentions.replace(text, "Gant", "Gant Laborde", false);
        assertEquals("`Gant` is a name\n\n```\nGant\n```\n\n[Gant Laborde](https://x.org/Gant) and "
                + "<a href=\"Gant\">Gant Laborde</a>", out);
    }

    @Test
    void slackMarkupIsLeftAlone() {
        assertEquals("<https://x.org|Gant> says hi to Gant Laborde",
                Mentions.replace("<https://x.org|Gant> says hi to Gant", "Gant", "Gant Laborde", false));
    }

    @Test
    void atOnlyRenamesOnlyAtMentions() {
        assertEquals("Gant said @Gant Laborde", Mentions.replace("Gant said @Gant", "Gant", "Gant Laborde", true));
    }

    @Test
    void renamingIntoALongerNameIsIdempotent() {
        String once = Mentions.replace("Gant and Gant Laborde", "Gant", "Gant Laborde", false);
        assertEquals("Gant Laborde and Gant Laborde", once);
        assertEquals(once, Mentions.replace(once, "Gant", "Gant Laborde", false));
    }

    @Test
    void decomposedAccentsAreNotAWordBoundary() {
        String decomposed = "Masi\u0301s";
        assertFalse(Mentions.mentions("Hi " + decomposed, "Masi", "X", false));
    }
}
