package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.TestPages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCommandTest {
    private static final Path SAMPLE = Path.of("samples/book-of-the-week.md");

    private static int run(StringWriter out, StringWriter err, String... args) {
        return ArchivistCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void previewWritesOneStandaloneSafePage(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("page.html");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "preview", SAMPLE.toString(), "-o", html.toString()));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"), "a whole document");
        assertTrue(page.contains("<style>"), "its CSS inline");
        assertTrue(page.contains("Tidy Pipelines"), "the title");
        assertTrue(page.contains("id=\"thread-0\""), "thread anchors");
        assertTrue(page.contains("Content-Security-Policy"), "a policy that forbids scripts");
        assertTrue(page.contains("file:"), "the cover as an absolute file URL");
        assertFalse(page.toLowerCase().contains("<script"), "no script, ever");
    }

    @Test
    void previewWithoutOutputPrintsThePage() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "preview", SAMPLE.toString()));
        assertTrue(out.toString().contains("Questions and Answers"));
    }

    /** Runs preview of the page to the output and holds that it was refused, with the reason given, and wrote nothing. */
    private static void assertRefused(Path page, Path output, String reason) throws IOException {
        byte[] pageBytes = Files.readAllBytes(page);
        Path linkTarget = Files.isSymbolicLink(output) ? Files.readSymbolicLink(output) : null;
        byte[] outputBytes = Files.exists(output) ? Files.readAllBytes(output) : null;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, run(out, err, "preview", page.toString(), "-o", output.toString()), out.toString());
        assertTrue(err.toString().contains(reason), err.toString());
        assertArrayEquals(pageBytes, Files.readAllBytes(page), "the page is untouched");
        if (linkTarget != null) {
            assertEquals(linkTarget, Files.readSymbolicLink(output), "the link is untouched");
        }
        if (outputBytes != null) {
            assertArrayEquals(outputBytes, Files.readAllBytes(output), "the output is untouched");
        } else if (linkTarget == null) {
            assertFalse(Files.exists(output, LinkOption.NOFOLLOW_LINKS), "no output was made");
        }
    }

    @Test
    void previewNeverWritesOverThePageItself(@TempDir Path dir) throws IOException {
        Path page = TestPages.copy(SAMPLE, dir);
        assertRefused(page, page, "is the page itself");
        assertRefused(page, dir.resolve(".").resolve(page.getFileName()), "is the page itself");
        Path hardLink = Files.createLink(dir.resolve("page.html"), page);
        assertRefused(page, hardLink, "is the page itself");
    }

    @Test
    void previewNeverWritesOverAMarkdownPage(@TempDir Path dir) throws IOException {
        Path page = TestPages.copy(SAMPLE, dir);
        Path other = Files.writeString(dir.resolve("other.md"), "# Notes\n");
        assertRefused(page, other, "Markdown");
        assertRefused(page, dir.resolve("new.md"), "Markdown");
        assertRefused(page, dir.resolve("new.markdown"), "Markdown");
        assertRefused(page, dir.resolve("NEW.MD"), "Markdown");
        Path frontMatter = Files.writeString(dir.resolve("page.html"), "---\ntitle: A page by another name\n---\nBody.\n");
        assertRefused(page, frontMatter, "front matter");
    }

    @Test
    void previewNeverWritesThroughASymbolicLink(@TempDir Path dir) throws IOException {
        Path page = TestPages.copy(SAMPLE, dir);
        Path target = Files.writeString(dir.resolve("target.txt"), "not yours\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), target);
        assertRefused(page, link, "symbolic link");
        assertEquals("not yours\n", Files.readString(target));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("nowhere.html"));
        assertRefused(page, dangling, "symbolic link");
        assertFalse(Files.exists(dir.resolve("nowhere.html")), "nothing made where the link points");
    }

    @Test
    void previewStillReplacesAnEarlierPreview(@TempDir Path dir) throws IOException {
        Path html = Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><p>the last preview</p>\n");
        assertEquals(0, run(new StringWriter(), new StringWriter(), "preview", SAMPLE.toString(), "-o", html.toString()));
        assertTrue(Files.readString(html).contains("Tidy Pipelines"));
    }

    @Test
    void previewOfMarkdownNestedTooDeeplyToRenderIsAnErrorNotACrash(@TempDir Path dir) throws IOException {
        // the Markdown renderer recurses once a level of block quotes
        Path page = Files.writeString(dir.resolve("20220321-deep.md"), "---\ntitle: Deep\n---\n" + "> ".repeat(50_000) + "x\n");
        StringWriter err = new StringWriter();
        Path html = dir.resolve("page.html");
        assertEquals(2, run(new StringWriter(), err, "preview", page.toString(), "-o", html.toString()));
        assertTrue(err.toString().contains("cannot preview"), err.toString());
        assertFalse(Files.exists(html));
    }

    @Test
    void previewOfABrokenPageSaysWhereAndFails() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "preview", "samples/bad/unclosed-quote.md"));
        assertTrue(err.toString().contains("unclosed-quote.md:11:"), err.toString());
    }

    /** A site with a person {@code ann} and an episode with her as a guest. */
    private static Path episodeSite(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("_people"));
        Files.createDirectories(dir.resolve("_podcast"));
        Files.writeString(dir.resolve("_people/ann.md"), "---\nshort: ann\ntitle: Ann Example\nbio_short: Ann <i>tests</i>\n---\nAnn.\n");
        Files.writeString(dir.resolve("_podcast/testing.md"), "---\ntitle: Testing Previews\nseason: 1\nepisode: 2\n"
                + "guests:\n- ann\ntranscript:\n- header: Start\n- line: Hello <script>alert(1)</script>there\n"
                + "  who: Ann\n  time: '0:05'\n  sec: 5\n---\nNotes.\n");
        return dir;
    }

    @Test
    void previewOfAnEpisodeWritesTheEpisodePage(@TempDir Path dir) throws IOException {
        Path site = episodeSite(dir.resolve("site"));
        Path html = dir.resolve("episode.html");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "preview", site.resolve("_podcast/testing.md").toString(), "-o", html.toString()));
        assertTrue(out.toString().contains("wrote "), out.toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("Content-Security-Policy"), "a whole, safe document");
        assertTrue(page.contains("Season 1, Episode 2") && page.contains("Testing Previews | Ann Example"), "the episode's header");
        assertTrue(page.contains("<b>Ann</b>: Hello there (<span class=\"transcript-time\">0:05</span>)"), "the transcript");
        assertTrue(page.contains("About this Guest") && page.contains("Ann <i>tests</i>"), "the guest's card");
        assertFalse(page.contains("Questions and Answers"), "not the book layout");
        assertFalse(page.toLowerCase().contains("<script"), "no script, ever");
    }

    @Test
    void previewOfAPersonWritesTheirCardAndThePagesNamingThem(@TempDir Path dir) throws IOException {
        Path site = episodeSite(dir.resolve("site"));
        Path html = dir.resolve("person.html");
        assertEquals(0, run(new StringWriter(), new StringWriter(), "preview", site.resolve("_people/ann.md").toString(),
                "-o", html.toString()));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<h1 class=\"person-name\">Ann Example</h1>"), page);
        assertTrue(page.contains("Pages that name this person") && page.contains("Testing Previews"), page);
    }
}
