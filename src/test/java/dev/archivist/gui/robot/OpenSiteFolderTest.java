package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.common.Css;
import dev.archivist.gui.files.FileEntry;
import dev.archivist.gui.files.FileGroup;
import dev.archivist.gui.files.FileRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OpenSiteFolderTest extends RobotTest {
    private static final List<String> EPISODES = List.of("ab-testing-and-product-experimentation.md",
            "ai-in-healthcare-and-digital-therapeutics.md");

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void openingASiteRootListsItsCollectionsAndAnEpisodeOpensFromThePodcastGroup() throws Exception {
        Path book = CorpusPage.copy(dir.resolve("site"));
        Path site = book.getParent().getParent();
        Files.createDirectories(site.resolve("_podcast"));
        for (String e : EPISODES) {
            Files.copy(Path.of(System.getProperty("archivist.corpus"), "_podcast", e), site.resolve("_podcast").resolve(e));
        }
        fx(() -> vm.openFolder(site));
        waitUntil(() -> vm.folder().groups().stream().allMatch(FileGroup::checked) && !vm.folder().groups().isEmpty());
        assertEquals(List.of("_books", "_people", "_podcast"), vm.folder().groups().stream().map(FileGroup::label).toList());
        TreeCell<FileEntry> podcast = cell(e -> e instanceof FileGroup g && g.name().equals("_podcast"));
        assertTrue(podcast.getStyleClass().contains(Css.FILE_GROUP));

        clickOn(cell(e -> e instanceof FileRow r && r.name().equals(EPISODES.get(0))));
        Path first = site.resolve("_podcast").resolve(EPISODES.get(0));
        waitUntil(() -> first.equals(vm.currentPath()));

        type(KeyCode.DOWN);
        Path second = site.resolve("_podcast").resolve(EPISODES.get(1));
        waitUntil(() -> second.equals(vm.currentPath()));
        type(KeyCode.UP);
        waitUntil(() -> first.equals(vm.currentPath()));
        type(KeyCode.UP);
        TreeView<?> tree = lookup(".files-pane .tree-view").queryAs(TreeView.class);
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue() instanceof FileGroup g && g.name().equals("_podcast"));
        assertEquals(first, vm.currentPath(), "the group row above the episodes opens nothing");
    }

    @Test
    void aPageThatDoesNotParseOpensAsTextBesideTheListAndTheNextPageFromTheListOpensAsAForm() throws Exception {
        Path book = CorpusPage.copy(dir.resolve("site"));
        Path template = book.resolveSibling("_template.md");
        Files.writeString(template, "---\ntitle: \"{{ title }}\"\nauthors: [{{ author }}]\n---\n");
        fx(() -> vm.openFolder(book.getParent().getParent()));
        waitUntil(() -> vm.folder().groups().stream().allMatch(FileGroup::checked) && !vm.folder().groups().isEmpty());

        clickOn(cell(e -> e instanceof FileRow r && r.name().equals("_template.md")));
        waitUntil(() -> vm.brokenProperty().get() != null && lookup("#raw-text").tryQuery().isPresent());
        assertTrue(shown(lookup(".files-pane").query()), "the side list stays beside the page's text");
        assertTrue(shown(lookup("#raw-text").query()));

        clickOn(cell(e -> e instanceof FileRow r && r.name().equals(book.getFileName().toString())));
        waitUntil(() -> book.equals(vm.currentPath()) && vm.editor() != null);
        waitUntil(() -> lookup("#raw-text").tryQuery().isEmpty());
        assertTrue(shown(lookup("#tree-slot").query()), "the page's tree is back");
    }

    /** The node and every parent up to the scene's root are visible. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @SuppressWarnings("unchecked")
    private TreeCell<FileEntry> cell(Predicate<FileEntry> which) {
        TreeView<FileEntry> tree = lookup(".files-pane .tree-view").queryAs(TreeView.class);
        fx(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (which.test(tree.getTreeItem(i).getValue())) {
                    tree.scrollTo(i);
                    return;
                }
            }
        });
        return lookup(".files-pane .tree-cell").queryAll().stream().map(n -> (TreeCell<FileEntry>) n)
                .filter(c -> c.getItem() != null && which.test(c.getItem())).findFirst()
                .orElseThrow(() -> new AssertionError("no such row in the side list"));
    }
}
