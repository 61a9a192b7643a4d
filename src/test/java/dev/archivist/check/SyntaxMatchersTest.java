package dev.archivist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.ArchiveReader;
import dev.archivist.io.TestPages;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Scalars;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each hand-written matcher ends where its pattern's {@code lookingAt} ends, at every index of every text. */
class SyntaxMatchersTest {
    private record Pair(String name, Pattern pattern, BiFunction<String, Integer, Integer> matcher) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("uri autolink", SyntaxMatchers.URI_AUTOLINK, SyntaxMatchers::uriAutolinkEnd),
            new Pair("simple link", SyntaxMatchers.SIMPLE_LINK, SyntaxMatchers::simpleLinkEnd),
            new Pair("bare url", SyntaxMatchers.BARE_URL, SyntaxMatchers::bareUrlEnd),
            new Pair("slack markup", SyntaxMatchers.SLACK_MARKUP, SyntaxMatchers::slackMarkupEnd),
            new Pair("entity", SyntaxMatchers.ENTITY, SyntaxMatchers::entityEnd),
            new Pair("shortcode", SyntaxMatchers.SHORTCODE, SyntaxMatchers::shortcodeEnd));

    /** What the pattern matches from the index, with transparent bounds (the URL's look-behind sees the text before). */
    private static int reference(Pattern p, String text, int at) {
        Matcher m = p.matcher(text).region(at, text.length()).useTransparentBounds(true);
        return m.lookingAt() ? m.end() : -1;
    }

    private static int assertAgreeEverywhere(String text) {
        return assertAgreeEverywhere(text, new int[PAIRS.size()]);
    }

    /** Asserts every pair agrees at every index; counts each pattern's matches into {@code byPair}. */
    private static int assertAgreeEverywhere(String text, int[] byPair) {
        int matches = 0;
        for (int k = 0; k < PAIRS.size(); k++) {
            Pair pair = PAIRS.get(k);
            for (int at = 0; at < text.length(); at++) {
                int expected = reference(pair.pattern(), text, at);
                int actual = pair.matcher().apply(text, at);
                if (expected != actual) {
                    assertEquals(expected, actual, pair.name() + " at " + at + " of: " + text);
                }
                matches += expected >= 0 ? 1 : 0;
                byPair[k] += expected >= 0 ? 1 : 0;
            }
        }
        return matches;
    }

    @Test
    void realAndGeneratedTextsAreMatchedAsThePatternsMatchThem() {
        List<String> texts = new ArrayList<>();
        List<Path> pages = new ArrayList<>(TestPages.samplePages());
        if (TestPages.corpus() != null) {
            pages.addAll(TestPages.corpusPages());
        }
        for (Path page : pages) {
            strings(ArchiveReader.read(page), texts);
        }
        strings(ArchiveReader.read(null, dev.archivist.Training.page(200).getBytes(StandardCharsets.UTF_8)), texts);
        int matches = 0;
        for (String text : texts) {
            matches += assertAgreeEverywhere(text);
        }
        assertTrue(matches > 1000, "few matches to compare: " + matches);
    }

    /** Texts made of the pieces each pattern turns on: schemes in both cases, brackets, quotes, blanks, digits, look-alikes. */
    @Test
    void randomTextsAreMatchedAsThePatternsMatchThem() {
        String[] pieces = {"<", ">", "[", "]", "(", ")", "](", "&", "#", "#x", "#X", ";", "&amp;", "&#39;", "&#x1F602;",
            "&#12345678;", "&a;", "http", "HTTPS", "hTtP", "s", "S", "://", ":", "/", "ftp", "FTPS", "mailto", "MailTo", "tel",
            "www.", "WWW.", "x", "Z", "0", "9", "f", "g", "+", ".", "-", "_", "@", "!", "|", " ", "\t", "\n", "\r", "\u000B",
            "\f", "\\", "`", "\"", "'", "\u00e9", "\u017f", "\u212a", "\u0130", "\ud83d\ude02", "\u0000", "\u007f",
            "a".repeat(31), "b".repeat(32), "1234567", "abcdef", "<http:", "<a1:", "<x" + "y".repeat(30) + ":",
            "<x" + "y".repeat(31) + ":", "<x" + "y".repeat(32) + ":", "<@U1", "<#C1|", "<!here", "<tel:", "[a](", "[](",
            "https://x", "[t](u)", "[](", "http\u017f://", "ma\u0130lto:", "\u212atp", "<\u0130", ":wave:", ":skin-tone-", ":skin-tone-3:", "2", "6", "7", ":+1:", ":a'b-c_d:",
            ":" + "e".repeat(64) + ":", ":" + "e".repeat(65) + ":", ":Wave:"};
        Random rnd = new Random(7);
        int[] byPair = new int[PAIRS.size()];
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(14);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            assertAgreeEverywhere(sb.toString(), byPair);
        }
        for (int k = 0; k < PAIRS.size(); k++) {
            assertTrue(byPair[k] > 100, PAIRS.get(k).name() + ": few matches to compare: " + byPair[k]);
        }
    }

    private static void strings(ArchiveDocument doc, List<String> out) {
        if (doc.parsed()) {
            Scalars.forEachString(doc.root(), (p, s) -> out.add(s.value()));
        }
    }
}
