package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.Kind;
import org.junit.jupiter.api.Test;

class SlackBulletsTest {

    private static String md(String text) {
        return SlackBullets.convert(text, TextRegions.of(text, true));
    }

    @Test
    void secondLevelBulletsNestUnderAMarkdownItem() {
        String text = "- Things to weigh:\n    ◦ is the data labelled?\n    ◦ how big is it?\n- Then plan";
        assertEquals("- Things to weigh:\n  - is the data labelled?\n  - how big is it?\n- Then plan", md(text));
        String html = Pages.render(md(text));
        assertTrue(html.contains("<ul>\n<li>is the data labelled?"), html);
    }

    @Test
    void bulletsAfterProseStartAListAtTheTop() {
        String text = "You may see these symptoms:\n    ◦ slow training\n    ◦ flaky deploys";
        assertEquals("You may see these symptoms:\n- slow training\n- flaky deploys", md(text));
    }

    @Test
    void eachBulletIsALevel() {
        String text = "• one\n    ◦ two\n        ▪ three\n• four";
        assertEquals("- one\n  - two\n    - three\n- four", md(text));
    }

    @Test
    void bulletsInCodeAndMidLineStay() {
        String text = "a • b\n```\n• in code\n```";
        assertEquals(text, md(text));
        assertTrue(Pages.problems(text, Kind.SLACK_BULLET).isEmpty());
    }

    @Test
    void onlyMarkdownTextsAreConverted() {
        assertTrue(Pages.check(Pages.page("description: \"• a\\n• b\"\n")).isEmpty());
    }

    @Test
    void convertingIsIdempotent() {
        String text = "x:\n    ◦ a\n    ◦ b";
        assertEquals(md(text), md(md(text)));
    }
}
