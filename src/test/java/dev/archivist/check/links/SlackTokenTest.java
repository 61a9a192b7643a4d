package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackTokenTest {

    private static Optional<String> markdown(String token) {
        return SlackToken.at(token, 0).orElseThrow().markdown();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '→', textBlock = """
        <https://x.example/talks|the talks page>        → [the talks page](https://x.example/talks)
        <https://x.example/a|https://x.example/a>       → <https://x.example/a>
        <https://x.example/a/|https://x.example/a>      → <https://x.example/a/>
        <https://x.example/?a=1&amp;b=2|see it>         → [see it](https://x.example/?a=1&b=2)
        <https://x.example/F_(b)|wiki>                  → [wiki](https://x.example/F_(b))
        <https://x.example/F_(b|odd>                    → [odd](<https://x.example/F_(b>)
        <https://x.example|[draft] notes>               → [\\[draft\\] notes](https://x.example)
        <mailto:ana@example.org|ana@example.org>        → <ana@example.org>
        <mailto:ana@example.org|write to Ana>           → [write to Ana](mailto:ana@example.org)
        <tel:+15551234567|call>                         → [call](tel:+15551234567)
        <#C0123ABC|general>                             → #general
        <@U0123ABC|maria>                               → @maria
        <!here>                                         → @here
        <!channel|@channel>                             → @channel
        <!subteam^S0123|@authors>                       → @authors
        <!date^1392734382^{date_short}|Feb 18, 2014>    → Feb 18, 2014
        """)
    void slackMarkupBecomesTheMarkdownItShows(String token, String expected) {
        assertEquals(Optional.of(expected), markdown(token));
    }

    @Test
    void whatOnlyAPersonCanNameHasNoFix() {
        assertEquals(Optional.empty(), markdown("<@U0123ABC>"));
        assertEquals(Optional.empty(), markdown("<#C0123ABC>"));
        assertEquals(Optional.empty(), markdown("<!subteam^S0123>"));
    }

    @Test
    void aPlainUrlInAngleBracketsIsAlreadyMarkdown() {
        SlackToken t = SlackToken.at("<https://x.example/slides>", 0).orElseThrow();
        assertFalse(t.isProblem());
    }

    @Test
    void angleBracketsThatAreNotSlackMarkupAreNoTokens() {
        assertTrue(SlackToken.at("<b>bold</b>", 0).isEmpty());
        assertTrue(SlackToken.at("<not a url|x>", 0).isEmpty());
        assertTrue(SlackToken.at("<https://x.example\n|y>", 0).isEmpty());
        assertTrue(SlackToken.at("<https://x.example", 0).isEmpty());
    }
}
