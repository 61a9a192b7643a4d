package dev.archivist.render;

import static dev.archivist.render.HtmlAssertions.assertNothingLive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.PageKind;
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Episode and person previews: what they show, and that nothing in a page can run or load from outside. */
class EpisodePreviewTest {

    private static final String EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>"
            + "<a href=\"javascript:alert(3)\">click</a><a href=\"jav&#x61;script:alert(4)\">two</a>"
            + "<b onclick=\"alert(5)\">bold</b><iframe src=\"https://evil.example\"></iframe><br>";

    @TempDir
    Path dir;

    private final PagePreview preview = new PagePreview();

    /** A site with a guest {@code ann}, whose bio and picture are given, a book by her and an episode with her. */
    private Path site(String bio, String picture) throws IOException {
        Path root = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(root.resolve("_people"));
        Files.createDirectories(root.resolve("_books"));
        Files.createDirectories(root.resolve("_podcast"));
        Files.createDirectories(root.resolve("images"));
        Files.write(root.resolve("images/ann.jpg"), new byte[] {1});
        Files.writeString(root.resolve("_people/ann.md"), "---\nshort: ann\ntitle: Ann Example\npicture: '" + picture
                + "'\nlinkedin: annex\ntwitter: ann_x\ngithub: annx\nweb: https://ann.example\nbio_short: '" + bio
                + "'\n---\nAnn writes *examples*.\n");
        Files.writeString(root.resolve("_books/20220101-examples.md"),
                "---\ntitle: The Book of Examples\nauthors: [bob, ann]\n---\n");
        Files.writeString(root.resolve("_books/20220201-other.md"), "---\ntitle: Another Book\nauthors: [bob]\n---\n");
        Files.writeString(root.resolve("_podcast/examples.md"), "---\ntitle: Talking Examples\nseason: 3\nepisode: 4\n"
                + "guests:\n- ann\nintro: '" + EVIL + "First.<br><br>Second.'\nlinks:\n  youtube: javascript:alert(6)\n"
                + "  apple: https://podcasts.example/ep\n  spotify: TODO\ntopics:\n- examples\nduration: PT01H05M29S\n"
                + "transcript:\n- header: Start\n- line: '" + EVIL + "Hello'\n  who: Ann\n  time: '0:10'\n  sec: 10\n"
                + "- line: Bye\n  who: Bob\n---\nShow *notes*.\n");
        return root;
    }

    private String render(Path page) {
        ArchiveDocument doc = ArchiveReader.read(page);
        assertTrue(doc.parsed(), page.toString());
        return preview.render(PageKind.of(page, doc.root()), page, doc.root(), doc.body(), Site.around(page).orElse(null));
    }

    @Test
    void episodeShowsWhatTheLayoutShowsInItsOrder() throws IOException {
        Path root = site("Ann is <i>kind</i>.", "images/ann.jpg");
        String html = render(root.resolve("_podcast/examples.md"));
        String[] order = {"Season 3, Episode 4", "Talking Examples | Ann Example", ">YouTube<", "Apple Podcasts",
            "First.<br><br>Second.", "<em>notes</em>", "<span class=\"timestamp-time\">0:10</span> <span class=\"timestamp-text\">Start</span>",
            "<h3 id=\"start\" class=\"transcript-header\">Start</h3>", "<b>Ann</b>: ", "Hello (<span class=\"transcript-time\">0:10</span>)",
            "<b>Bob</b>: Bye</p>", "About this Guest", "Ann is <i>kind</i>.", "https://www.linkedin.com/in/annex",
            "https://twitter.com/ann_x", "Ann Example on DataTalks.Club", "examples", "1:05:29"};
        int at = 0;
        for (String part : order) {
            int found = html.indexOf(part, at);
            assertTrue(found >= 0, "missing or out of order: " + part + "\n" + html);
            at = found;
        }
        assertFalse(html.contains("Spotify"), "a TODO platform is not shown");
        assertTrue(html.contains("src=\"" + root.toRealPath().resolve("images/ann.jpg").toUri()), "the guest's picture");
        assertNothingLive(html);
    }

    @Test
    void scriptHandlersAndScriptLinksInIntroTranscriptAndBioAreNeutralised() throws IOException {
        Path root = site(EVIL + "Bio", "images/ann.jpg");
        for (String page : new String[] {"_podcast/examples.md", "_people/ann.md"}) {
            String html = render(root.resolve(page));
            assertNothingLive(html);
            String lower = html.toLowerCase();
            for (String bad : new String[] {"<script", "alert(", "onerror", "onclick", "javascript:", "<iframe", "evil.example"}) {
                assertFalse(lower.contains(bad), page + " holds " + bad);
            }
            assertTrue(html.contains("click") && html.contains("<b>bold</b>"), "the words and the formatting stay");
            assertTrue(html.contains(PageRenderer.CONTENT_SECURITY_POLICY), "the book's policy");
        }
    }

    @Test
    void picturesOutsideTheSiteRootAreNotLoaded() throws IOException {
        Files.write(dir.resolve("secret.jpg"), new byte[] {1});
        for (String picture : new String[] {"../secret.jpg", dir.resolve("secret.jpg").toUri().toString(),
            "/../secret.jpg", "https://tracker.example/pixel.gif"}) {
            Path root = site("Bio", picture);
            for (String page : new String[] {"_podcast/examples.md", "_people/ann.md"}) {
                String html = render(root.resolve(page));
                assertFalse(html.contains("secret.jpg") || html.contains("tracker.example"), picture + " in " + page);
                assertFalse(html.contains("<img"), picture + " in " + page);
            }
        }
    }

    @Test
    void personPageListsThePagesThatNameThem() throws IOException {
        Path root = site("Ann is <i>kind</i>.", "images/ann.jpg");
        String html = render(root.resolve("_people/ann.md"));
        assertTrue(html.contains("<h1 class=\"person-name\">Ann Example</h1>"), html);
        for (String link : new String[] {"https://www.linkedin.com/in/annex", "https://twitter.com/ann_x",
            "https://github.com/annx", "https://ann.example"}) {
            assertTrue(html.contains("href=\"" + link + "\""), link);
        }
        assertTrue(html.contains("Ann writes <em>examples</em>."), "the body as Markdown");
        int section = html.indexOf("Pages that name this person");
        assertTrue(section > 0, html);
        String named = html.substring(section);
        assertTrue(named.indexOf("The Book of Examples") < named.indexOf("Talking Examples"), "books, then episodes");
        assertTrue(named.contains("(book, as an author)") && named.contains("(episode, as a guest)"), named);
        assertFalse(named.contains("Another Book"), "a book by someone else");
        assertNothingLive(html);
    }

    @Test
    void pagesThatNameAPersonFollowTheSiteAsItChangesAndReadIdsAsYamlDoes() throws IOException {
        Path root = site("Ann.", "images/ann.jpg");
        assertFalse(render(root.resolve("_people/ann.md")).contains("Another Book"));
        Path other = root.resolve("_books/20220201-other.md");
        Files.writeString(other, "---\ntitle: Another Book\nauthors: [bob, \"\\x61nn\"]\n---\nnow with Ann\n");
        String named = render(root.resolve("_people/ann.md"));
        assertTrue(named.contains("Another Book"), "a changed page is read again; an id written with escapes is the id");
    }

    @Test
    void genericPageIsItsTitleAndBody() throws IOException {
        Path page = Files.createDirectories(dir.resolve("site/_courses")).resolve("ml.md");
        Files.writeString(page, "---\ntitle: A Course\nstart: 2022-01-01\n---\nLearn *things*.\n");
        Files.createDirectories(dir.resolve("site/_people"));
        String html = render(page);
        assertTrue(html.contains("<h1>A Course</h1>") && html.contains("<em>things</em>"), html);
        assertFalse(html.contains("The book of the week"), "not the book layout");
        assertNothingLive(html);
    }

    @Test
    void psychReadsAPlainMinutesTimeAsHoursAndMinutes() {
        assertEquals("1260", PsychScalars.shown(new dev.archivist.model.YScalar("0:21", "str",
                dev.archivist.model.ScalarStyle.PLAIN, null)));
        assertEquals("0:21", PsychScalars.shown(new dev.archivist.model.YScalar("0:21", "str",
                dev.archivist.model.ScalarStyle.SINGLE_QUOTED, null)));
        assertEquals("3723", PsychScalars.shown(new dev.archivist.model.YScalar("1:02:03", "int",
                dev.archivist.model.ScalarStyle.PLAIN, null)));
    }

    @Test
    void jekyllSlugsOfHeaders() {
        assertEquals("intro-i-welcome-i", TranscriptRenderer.slug("Intro & <i>welcome</i>"));
        assertEquals("café-überblick-2nd-part", TranscriptRenderer.slug("Café — Überblick (2nd part)"));
    }
}
