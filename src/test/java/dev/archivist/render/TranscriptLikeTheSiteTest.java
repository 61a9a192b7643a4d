package dev.archivist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.PageKind;
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * An episode's transcript previewed shows the words the site's layout shows, in order: for every
 * episode of the real site against {@link SiteTranscript}, and for the synthetic episodes of
 * {@code render/episodes} against the transcript Jekyll built from them with the site's own
 * layout ({@code make-fixtures.sh} there makes them again).
 */
class TranscriptLikeTheSiteTest {

    static final Path CORPUS = Path.of(System.getProperty("archivist.corpus", "../shared/corpus/site"));
    private static final Path EPISODES = Path.of("src/test/resources/render/episodes");
    private static final Pattern SECTION = Pattern.compile(
            "<section class=\"transcript\" id=\"transcript\">\\n<h2>Transcript</h2>\\n(.*?)</section>", Pattern.DOTALL);
    private static final Pattern JEKYLL_SECTION = Pattern.compile(
            "<div class=\"content-main mb-5\">(.*)</div>\\s*</section>", Pattern.DOTALL);
    private static final Pattern H3_ID = Pattern.compile("<h3 id=\"([^\"]*)\"");

    private final PagePreview preview = new PagePreview();

    @Test
    void everyCorpusEpisodeShowsTheWordsOfTheSitesTranscript() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("_podcast")), "the real site is not beside the project");
        Site site = Site.open(CORPUS);
        int episodes = 0;
        long words = 0;
        for (Path page : pages(CORPUS.resolve("_podcast"))) {
            Map<?, ?> front = snakeYaml(page);
            ArchiveDocument doc = ArchiveReader.read(page);
            if (front == null || !doc.parsed()) {
                continue; // the site's _template.md holds Liquid, not YAML: Jekyll does not build it either
            }
            String expected = SiteTranscript.html(front);
            String html = preview.render(PageKind.of(page, doc.root()), page, doc.root(), doc.body(), site);
            String shown = transcriptSection(html);
            assertEquals(expected == null, shown == null, page + ": a transcript section when the page has a transcript");
            if (expected != null) {
                List<String> want = SiteTranscript.words(expected);
                assertEquals(want, SiteTranscript.words(shown), page.toString());
                words += want.size();
                episodes++;
            }
        }
        assertTrue(episodes >= 90, "episodes compared: " + episodes);
        System.out.printf("transcripts compared with the layout: %d episodes, %d words%n", episodes, words);
    }

    @Test
    void syntheticEpisodesShowWhatJekyllBuilt() throws IOException {
        List<Path> pages = pages(EPISODES);
        assertTrue(pages.size() >= 2, "fixtures");
        for (Path page : pages) {
            String name = page.getFileName().toString().replace(".md", "");
            String jekyll = Files.readString(EPISODES.resolve(name + ".transcript.html"));
            Matcher built = JEKYLL_SECTION.matcher(jekyll);
            assertTrue(built.find(), name + ": Jekyll's transcript section");
            ArchiveDocument doc = ArchiveReader.read(page);
            String shown = transcriptSection(preview.render(PageKind.PODCAST, page, doc.root(), doc.body(), null));
            List<String> siteWords = SiteTranscript.words(built.group(1));
            assertEquals(siteWords, SiteTranscript.words(shown), name + ": the preview against Jekyll");
            assertEquals(siteWords, SiteTranscript.words(SiteTranscript.html(snakeYaml(page))), name + ": the reference against Jekyll");
            assertEquals(ids(built.group(1)), ids(shown), name + ": the headers' anchors are the site's slugs");
            HtmlAssertions.assertNothingLive(shown);
        }
    }

    /** The content of the preview's transcript section after its heading, or null when there is none. */
    static String transcriptSection(String html) {
        Matcher m = SECTION.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> ids(String html) {
        List<String> out = new ArrayList<>();
        for (Matcher m = H3_ID.matcher(html); m.find(); ) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<?, ?> snakeYaml(Path page) throws IOException {
        String text = Files.readString(page);
        int end = text.indexOf("\n---", 3);
        assertNotNull(text.startsWith("---") && end > 0 ? "fenced" : null, page + " has a front matter");
        try {
            return SiteTranscript.load(text.substring(3, end)) instanceof Map<?, ?> m ? m : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
