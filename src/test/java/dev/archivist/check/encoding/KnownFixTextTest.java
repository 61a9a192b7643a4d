package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Edit;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A safe encoding fix answers the value its detector saw with the text the detector already made
 * (so fixing costs no second scan). That text must be exactly what the kind's own function makes
 * of the value: checked here for every fix on the samples and the corpus.
 */
class KnownFixTextTest {
    private static final Map<Kind, BiFunction<String, Boolean, String>> FUNCTIONS = new EnumMap<>(Map.of(
            Kind.HTML_ENTITY, HtmlEntities::decode,
            Kind.EMOJI_SHORTCODE, EmojiShortcodes::convert,
            Kind.INVISIBLE_CHAR, InvisibleChars::fix,
            Kind.MOJIBAKE, (v, md) -> Mojibake.fix(v),
            Kind.SLACK_BULLET, (v, md) -> SlackBullets.convert(v, TextRegions.of(v, true))));

    @Test
    void theTextADetectorMadeIsWhatItsFixFunctionMakes() throws IOException {
        int compared = 0;
        for (Path page : pages()) {
            ArchiveDocument doc = ArchiveReader.read(page);
            if (!doc.parsed()) {
                continue;
            }
            for (Problem p : new EncodingCheck().check(CheckContext.of(doc, null))) {
                if (!p.safelyFixable() || !(p.fix().edit() instanceof Edit.TextEdit edit)) {
                    continue;
                }
                String value = ((YScalar) p.path().find(doc.root()).orElseThrow()).value();
                boolean md = ScalarText.isMarkdown(p.path());
                assertTrue(FUNCTIONS.containsKey(p.kind()), p.kind() + " has a text fix this test does not know");
                assertEquals(FUNCTIONS.get(p.kind()).apply(value, md), edit.transform().apply(value), page + " " + p);
                compared++;
            }
        }
        // the samples alone hold fewer fixes than the corpus with them
        assertTrue(compared > (dev.archivist.io.TestPages.corpus() == null ? 10 : 50), "only " + compared + " fixes compared");
    }

    private static List<Path> pages() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : new String[] {"samples", "samples/edge", System.getProperty("archivist.corpus", "") + "/_books"}) {
            Path d = Path.of(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }
}
