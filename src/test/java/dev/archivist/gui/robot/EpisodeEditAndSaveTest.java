package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.EpisodeSample;
import dev.archivist.gui.transcript.TranscriptRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
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
            return new Page(EpisodeSample.site(dir.resolve("site")), 2, "Thanks for having me.", 4, 0);
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
        return new Page(page, 3, "Yeah, thanks for having me.", 2, 0);
    }

    /**
     * @param line the transcript line whose text and time the test edits
     * @param dragged a line the test drags onto the header at {@code section}, another section's
     */
    private record Page(Path path, int line, String text, int dragged, int section) {
    }

    @Test
    void editingALineItsTimeAClipAndDraggingALineToAnotherSectionChangesOnlyTheirLines() throws Exception {
        Page page = page();
        String before = Files.readString(page.path());
        fx(() -> vm.files().open(page.path()));
        waitUntil(() -> vm.editor() != null);
        assertTrue(lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .stream().anyMatch(m -> "_Transcript".equals(m.getText())), "the Threads menu names the transcript on an episode");
        fx(() -> vm.transcript().select(page.line()));
        TextArea text = lookup("#lineArea").queryAs(TextArea.class);
        waitUntil(() -> page.text().equals(text.getText()));
        clickOn(text).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write(" Indeed.");
        waitUntil(() -> vm.modifiedProperty().get());

        // a time typed halfway is marked and not written; Enter writes it with its seconds
        TextField time = lookup("#timeField").queryAs(TextField.class);
        String oldTime = time.getText();
        clickOn(time).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("1:2").type(KeyCode.ENTER);
        waitUntil(() -> !vm.transcriptLine().timeErrorProperty().get().isEmpty());
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("1:24").type(KeyCode.ENTER);
        waitUntil(() -> "sec 84".equals(vm.transcriptLine().secondsProperty().get()));

        clickOn(tab("Page"));
        // the clips fold under their title and count; their fields are made when it opens
        fx(() -> lookup(".clips-pane").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        waitUntil(() -> lookup("#clip-start-1").tryQuery().isPresent());
        TextField start = lookup("#clip-start-1").queryAs(TextField.class);
        assertEquals("63", start.getText());
        fx(start::requestFocus);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("64").type(KeyCode.ENTER);
        waitUntil(() -> vm.episode().clips().get(1).url().get().endsWith("t=64"));

        // a line dragged onto another section's header goes to that section's end
        String draggedText = lineText(page.dragged());
        drag(cell(page.dragged())).dropTo(cell(page.section()));
        waitUntil(() -> vm.transcript().selectedProperty().get() != null
                && draggedText.equals(lineText(vm.transcript().selectedProperty().get())));
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !vm.modifiedProperty().get());

        String expected = moveItem(before, page.dragged(), page.section())
                .replace("- line: " + page.text() + "\n", "- line: " + page.text() + " Indeed.\n")
                .replace("  time: '" + oldTime + "'\n  who:", "  time: '1:24'\n  who:")
                .replace("  startOffset: 63\n", "  startOffset: 64\n")
                .replace("t=63\n", "t=64\n");
        assertTrue(expected.contains("  sec: 83\n  time: '1:24'"), "the edited line's seconds follow");
        assertEquals(expected.replace("  sec: 83\n  time: '1:24'", "  sec: 84\n  time: '1:24'"), Files.readString(page.path()));
    }

    @Test
    void aLineIsSplitAtTheCaretAndJoinedAgainFromTheKeyboard() throws Exception {
        Path page = EpisodeSample.site(dir.resolve("site"));
        String before = Files.readString(page);
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        fx(() -> vm.transcript().select(1));
        TextArea text = lookup("#lineArea").queryAs(TextArea.class);
        waitUntil(() -> text.getText().startsWith("This week"));
        clickOn(text);
        fx(() -> text.positionCaret("This week we talk about tidy pipelines.".length()));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> vm.transcript().rows().size() == 6);
        assertEquals("Welcome, Ada.", lineText(2));
        assertEquals(2, vm.transcript().selectedProperty().get());
        assertEquals("Alexey", vm.transcriptLine().who().get());

        press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        waitUntil(() -> vm.transcript().rows().size() == 5);
        assertEquals("This week we talk about tidy pipelines. Welcome, Ada.", lineText(1));
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !vm.modifiedProperty().get());
        assertEquals(before, Files.readString(page));
    }

    /**
     * The page's text with transcript item {@code item} (a line written over several lines) taken
     * out and put at the end of the section whose header is item {@code header}.
     */
    private static String moveItem(String text, int item, int header) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int first = lines.indexOf("transcript:") + 1;
        List<Integer> starts = new ArrayList<>();
        int end = first;
        while (end < lines.size() && (lines.get(end).startsWith("- ") || lines.get(end).startsWith("  "))) {
            if (lines.get(end).startsWith("- ")) {
                starts.add(end);
            }
            end++;
        }
        starts.add(end);
        List<String> block = new ArrayList<>(lines.subList(starts.get(item), starts.get(item + 1)));
        int to = starts.size() - 1;
        for (int k = header + 1; k < starts.size() - 1; k++) {
            if (lines.get(starts.get(k)).startsWith("- header:")) {
                to = k;
                break;
            }
        }
        int at = starts.get(to);
        lines.subList(starts.get(item), starts.get(item + 1)).clear();
        lines.addAll(at > starts.get(item) ? at - block.size() : at, block);
        return String.join("\n", lines) + "\n";
    }

    private TreeCell<?> cell(int index) {
        waitUntil(() -> lookup(".message-cell").match(n -> isAt(n, index)).tryQuery().isPresent());
        return lookup(".message-cell").match(n -> isAt(n, index)).queryAs(TreeCell.class);
    }

    private static boolean isAt(Node n, int index) {
        return n instanceof TreeCell<?> c && c.getItem() instanceof TranscriptRow r && r.index() == index && n.isVisible();
    }

    /** A transcript item's text as written. */
    private String lineText(int index) {
        return vm.transcript().rows().get(index).field("line");
    }

    private Node tab(String title) {
        return lookup(".tab-label").match(n -> n instanceof Labeled l && title.equals(l.getText())).query();
    }
}
