package dev.archivist.gui.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.archivist.gui.LineDiff;
import dev.archivist.gui.Samples;
import dev.archivist.gui.VmFixture;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.model.PageKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    PersonViewModel vm;
    Path page;
    String before;

    @BeforeEach
    void open() throws Exception {
        main = VmFixture.main(dir);
        vm = main.person();
        Samples.site(dir.resolve("site"));
        page = dir.resolve("site/_people/marianunez.md");
        before = Files.readString(page);
        main.files().open(page);
    }

    private List<Integer> savedChanges() throws Exception {
        String was = Files.readString(page);
        main.files().save(null);
        return LineDiff.changedLines(was, Files.readString(page));
    }

    private int lineOf(String line) {
        return before.lines().toList().indexOf(line) + 1;
    }

    @Test
    void aPersonsPageShowsItsFields() {
        assertEquals(PageKind.PERSON, main.pageKindProperty().get());
        assertEquals("María Núñez", vm.title().get());
        assertEquals("marianunez", vm.shortName().get());
        assertEquals("mnunez-data", vm.github().get());
        assertEquals("https://marianunez.example.org/", vm.web().get());
        assertNull(vm.shortError());
    }

    @Test
    void aHandleTypedChangesOnlyItsLineAndUndoesInOneStep() throws Exception {
        vm.twitter().valueProperty().set("marianunez_d");
        vm.twitter().valueProperty().set("marianunez_data");
        assertEquals(List.of(lineOf("twitter: marianunez_dp")), savedChanges());
        main.undo();
        assertEquals("marianunez_dp", vm.twitter().get());
    }

    @Test
    void anIdThatIsNotTheFileNameIsMarked() {
        vm.shortName().valueProperty().set("mnunez");
        assertNotNull(vm.shortError());
    }

    @Test
    void otherKeysAreEditedGenerically() throws Exception {
        vm.others().add("pronouns", "she/her");
        assertEquals(List.of("pronouns"), vm.others().rows().stream().map(r -> r.key()).toList());
        main.files().save(null);
        String after = Files.readString(page);
        assertEquals(before.lines().count() + 1, after.lines().count());
        assertEquals(List.of(), LineDiff.changedLines(before, after.replace("pronouns: she/her\n", "")));
    }
}
