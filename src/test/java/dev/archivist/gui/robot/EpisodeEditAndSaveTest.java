package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.gui.EpisodeSample;
import dev.archivist.gui.LineDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EpisodeEditAndSaveTest extends RobotTest {
    /** A real episode: its transcript[3] is one short line, its second clip starts at 63. */
    private static final String EPISODE = "ab-testing-and-product-experimentation.md";

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    /** A copy of the corpus episode with its site's people, or the synthetic episode when the corpus is absent. */
    private Page page() throws IOException {
        String corpus = System.getProperty("archivist.corpus");
        if (corpus == null || !Files.isRegularFile(Path.of(corpus, "_podcast", EPISODE))) {
            return new Page(EpisodeSample.site(dir.resolve("site")), 2, "Thanks for having me.");
        }
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("_people"));
        Files.createDirectories(site.resolve("_podcast"));
        try (var people = Files.list(Path.of(corpus, "_people"))) {
            for (Path p : people.toList()) {
                Files.copy(p, site.resolve("_people").resolve(p.getFileName())).toFile().setWritable(true, true);
            }
        }
        Path page = Files.copy(Path.of(corpus, "_podcast", EPISODE), site.resolve("_podcast").resolve(EPISODE));
        page.toFile().setWritable(true, true);
        return new Page(page, 3, "Yeah, thanks for having me.");
    }

    private record Page(Path path, int line, String text) {
    }

    @Test
    void typingInATranscriptLineAndAClipsStartChangesOnlyTheirLines() throws Exception {
        Page page = page();
        String before = Files.readString(page.path());
        fx(() -> vm.files().open(page.path()));
        waitUntil(() -> vm.editor() != null);
        org.junit.jupiter.api.Assertions.assertTrue(lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .stream().anyMatch(m -> "_Transcript".equals(m.getText())), "the Threads menu names the transcript on an episode");
        fx(() -> vm.transcript().select(page.line()));
        TextArea text = lookup("#lineArea").queryAs(TextArea.class);
        waitUntil(() -> page.text().equals(text.getText()));
        clickOn(text).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write(" Indeed.");
        waitUntil(() -> vm.modifiedProperty().get());

        clickOn(tab("Page"));
        TextField start = lookup("#clip-start-1").queryAs(TextField.class);
        assertEquals("63", start.getText());
        fx(start::requestFocus);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("64").type(KeyCode.ENTER);
        waitUntil(() -> vm.episode().clips().get(1).url().get().endsWith("t=64"));
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !vm.modifiedProperty().get());

        String after = Files.readString(page.path());
        List<String> lines = before.lines().toList();
        int textLine = lines.indexOf("- line: " + page.text()) + 1;
        int clipStart = lines.indexOf("  startOffset: 63") + 1;
        List<Integer> expected = new ArrayList<>(List.of(textLine, clipStart, clipStart + 1));
        expected.sort(Integer::compare);
        assertEquals(expected, LineDiff.changedLines(before, after));
        List<String> now = after.lines().toList();
        assertEquals("- line: " + page.text() + " Indeed.", now.get(textLine - 1));
        assertEquals("  startOffset: 64", now.get(clipStart - 1));
        assertEquals(lines.get(clipStart).replace("t=63", "t=64"), now.get(clipStart));
    }

    private Node tab(String title) {
        return lookup(".tab-label").match(n -> n instanceof Labeled l && title.equals(l.getText())).query();
    }
}
