package dev.archivist.gui.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.gui.LineDiff;
import dev.archivist.gui.VmFixture;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.gui.metadata.OtherRow;
import dev.archivist.model.PageKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericFormViewModelTest {
    static final String TEXT = """
            ---
            title: Spring meetup
            speakers: [ada, kenji]   # in order of appearance
            venue:
              name: Hall 3
              city: Berlin
            ---
            Body.
            """;
    @TempDir
    Path dir;
    MainViewModel main;
    GenericFormViewModel vm;
    Path page;

    @BeforeEach
    void open() throws Exception {
        main = VmFixture.main(dir);
        vm = main.generic();
        Files.createDirectories(dir.resolve("site/_people"));
        Files.createDirectories(dir.resolve("site/_events"));
        page = Files.writeString(dir.resolve("site/_events/spring.md"), TEXT);
        main.files().open(page);
    }

    @Test
    void everyKeyIsInTheGenericEditor() {
        assertEquals(PageKind.GENERIC, main.pageKindProperty().get());
        assertEquals(List.of("title", "speakers", "venue"), vm.keys().rows().stream().map(OtherRow::key).toList());
    }

    @Test
    void aMappingEditedAsYamlChangesOnlyTheLinesThatDiffer() throws Exception {
        vm.keys().set("venue", "name: Hall 4\ncity: Berlin");
        vm.keys().set("title", "Spring meetup 2024");
        main.files().save(null);
        assertEquals(List.of(2, 5), LineDiff.changedLines(TEXT, Files.readString(page)));
        main.undo();
        assertEquals("Spring meetup", vm.keys().rows().get(0).text());
    }
}
