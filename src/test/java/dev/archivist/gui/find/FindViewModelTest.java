package dev.archivist.gui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.edit.Replace;
import dev.archivist.gui.Samples;
import dev.archivist.gui.VmFixture;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    FindViewModel vm;

    @BeforeEach
    void open() throws Exception {
        main = VmFixture.main(dir);
        vm = main.find();
        main.files().open(Samples.site(dir.resolve("site")));
    }

    private String text(String path) {
        return YamlPath.parse(path).find(main.editor().root()).map(n -> ((dev.archivist.model.YScalar) n).value())
                .orElseThrow();
    }

    @Test
    void everyMatchIsListedWithItsPlaceAndTheCountsAreSaid() {
        vm.findProperty().set("Lukas Becker");
        assertTrue(vm.matches().size() >= 4, "names and mentions: " + vm.matches().size());
        vm.scopeProperty().set(FindScope.NAMES);
        assertEquals(List.of("archive[1].name", "archive[1].replies[1].name", "archive[5].name",
                "archive[5].replies[0].name").size(), vm.matches().size());
        assertEquals("4 matches in 4 values", vm.messageProperty().get());
        assertEquals(vm.matches().get(0), vm.selectedProperty().get() == null ? vm.matches().get(0) : vm.selectedProperty().get());
    }

    @Test
    void replaceChangesTheSelectedMatchAndSelectsTheNext() {
        vm.findProperty().set("Lukas Becker");
        vm.scopeProperty().set(FindScope.NAMES);
        vm.withProperty().set("Lukas B.");
        Replace.Match first = vm.matches().get(0);
        Replace.Match second = vm.matches().get(1);
        vm.selectedProperty().set(first);
        vm.replace();
        assertEquals("Lukas B.", text(first.path().toString()));
        assertEquals("Lukas Becker", text(second.path().toString()));
        assertEquals(3, vm.matches().size());
        assertEquals(second.path(), vm.selectedProperty().get().path(), "the next match is selected");
    }

    @Test
    void replaceAllIsOneUndoStepAndTheListFollowsTheUndo() {
        vm.findProperty().set("Lukas Becker");
        vm.scopeProperty().set(FindScope.NAMES);
        vm.withProperty().set("Lukas B.");
        vm.replaceAll();
        assertTrue(vm.messageProperty().get().startsWith("Replaced 4 matches"), vm.messageProperty().get());
        assertTrue(vm.matches().isEmpty());
        main.undo();
        assertEquals(4, vm.matches().size(), "the matches are back with the text");
        assertFalse(main.modifiedProperty().get());
    }

    @Test
    void aRegularExpressionThatDoesNotReadIsSaidInWordsAndChangesNothing() {
        vm.regexProperty().set(true);
        vm.findProperty().set("(Lukas");
        assertTrue(vm.errorProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("the regular expression does not read"), vm.messageProperty().get());
        assertTrue(vm.matches().isEmpty());
        vm.replaceAll();
        assertFalse(main.modifiedProperty().get());
        vm.findProperty().set("(Lukas) Becker");
        assertFalse(vm.errorProperty().get());
        assertEquals(4, vm.matches().stream().filter(m -> m.path().toString().endsWith("name")).count());
    }

    @Test
    void nothingIsLookedForWhileThePaneIsHidden() {
        vm.activeProperty().set(false);
        vm.findProperty().set("Lukas");
        assertTrue(vm.matches().isEmpty());
        assertNull(vm.selectedProperty().get());
        vm.activeProperty().set(true);
        assertFalse(vm.matches().isEmpty());
    }
}
