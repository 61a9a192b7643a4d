package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.files.FileGroup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 20's done-when: find and replace across a site, reviewed, one page unticked, applied, then taken back. */
@ExtendWith(ApplicationExtension.class)
class SiteReplaceReviewTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void aReviewedReplaceWritesTheTickedPagesAndUndoBringsEveryByteBack() throws Exception {
        Path site = dir.resolve("site");
        Path sample = Samples.site(site);
        Files.createDirectories(site.resolve("_books"));
        for (String name : List.of("a.md", "b.md", "c.md")) {
            Files.copy(sample, site.resolve("_books").resolve(name));
        }
        Files.delete(sample);
        Map<Path, byte[]> before = files(site);
        fx(() -> vm.openFolder(site));
        waitUntil(() -> !vm.folder().groups().isEmpty() && vm.folder().groups().stream().allMatch(FileGroup::checked));

        // with a folder and no page, the Problems pane says so instead of "No problems"
        assertEquals("Problems", lookup(".problems-pane #countLabel").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals("No page open", lookup(".problems-pane #emptyLabel").match(javafx.scene.Node::isVisible)
                .queryAs(javafx.scene.control.Label.class).getText());

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        clickOn("#findField").write("Lukas Becker");
        clickOn("#withField").write("Lukas B.");
        clickOn("Review…");
        waitUntil(() -> vm.siteChange().rows().size() == 3);
        @SuppressWarnings("unchecked")
        ListView<Object> diff = lookup("#diffList").queryAs(ListView.class);
        waitUntil(() -> !diff.getItems().isEmpty());
        assertTrue(vm.siteChange().summaryProperty().get().startsWith("3 of 7 pages change · 12 changes in all"),
                vm.siteChange().summaryProperty().get());
        CheckBox b = lookup(".check-box").match(n -> "_books/b.md".equals(n.getUserData())).queryAs(CheckBox.class);
        clickOn(b);
        assertEquals(2, vm.siteChange().chosen().size());
        String aReviewed = vm.siteChange().rows().get(0).page().text();
        clickOn("#applyButton");
        waitUntil(() -> vm.siteChange().lastAppliedProperty().get() != null);

        assertEquals(aReviewed, Files.readString(site.resolve("_books/a.md"), StandardCharsets.UTF_8));
        assertEquals(aReviewed, Files.readString(site.resolve("_books/c.md"), StandardCharsets.UTF_8));
        assertArrayEquals(before.get(site.resolve("_books/b.md")), Files.readAllBytes(site.resolve("_books/b.md")),
                "the unticked page is untouched");
        assertTrue(aReviewed.contains("name: Lukas B.\n") && !aReviewed.contains("Lukas Becker"));

        clickOn("Site").clickOn("Undo Replace 'Lukas Becker' with 'Lukas B.' (2 pages)");
        waitUntil(() -> vm.siteChange().lastAppliedProperty().get() == null);
        Map<Path, byte[]> after = files(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((p, bytes) -> assertArrayEquals(bytes, after.get(p), "back byte for byte: " + p));
    }

    private static Map<Path, byte[]> files(Path site) throws Exception {
        Map<Path, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(p, Files.readAllBytes(p));
            }
        }
        return out;
    }
}
