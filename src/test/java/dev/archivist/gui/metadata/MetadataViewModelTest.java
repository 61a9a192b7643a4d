package dev.archivist.gui.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.VmFixture;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    MetadataViewModel vm;

    @BeforeEach
    void open() throws Exception {
        main = VmFixture.main(dir);
        vm = main.metadata();
        main.files().open(Samples.site(dir.resolve("site")));
    }

    private String written() throws Exception {
        return dev.archivist.edit.EditSession.prepare(main.editor().state()).text();
    }

    @Test
    void authorsShowTheirPeopleNamesAndUnknownIdsAreMarked() {
        assertEquals(List.of(new AuthorRow(0, "marianunez", "María Núñez"), new AuthorRow(1, "Tomasz Kowalski", null)),
                vm.authors());
    }

    @Test
    void anAuthorAddedByNameIsStoredAsTheirIdInTheFlowList() throws Exception {
        vm.removeAuthor(1);
        vm.addAuthor("tomasz kowalski");
        assertTrue(written().contains("authors: [marianunez, tomaszkowalski]\n"), written());
        vm.addAuthor("Ada Okafor (adaokafor)");
        assertEquals("adaokafor", vm.authors().get(2).id());
    }

    @Test
    void datesPickedAreWrittenInTheFilesFormatAndStayTimestamps() throws Exception {
        vm.setTimestamp(vm.start(), LocalDate.of(2022, 3, 20), LocalTime.of(9, 30));
        assertTrue(written().contains("\nstart: 2022-03-20 09:30:00\n"));
        YScalar start = (YScalar) YamlPath.of("start").find(main.editor().root()).orElseThrow();
        assertEquals("timestamp", start.tag());
    }

    @Test
    void linksCanBeAddedMovedAndRemovedAndBadUrlsAreMarked() {
        int n = vm.links().size();
        vm.addLink();
        assertEquals(n + 1, vm.links().size());
        LinkRow added = vm.links().get(n);
        added.link().valueProperty().set("not a url");
        assertTrue(added.invalidProperty().get());
        added.link().valueProperty().set("https://example.org/x");
        assertFalse(added.invalidProperty().get());
        vm.moveLink(n, -1);
        assertEquals("https://example.org/x", vm.links().get(n - 1).link().get());
        vm.removeLink(n - 1);
        assertEquals(n, vm.links().size());
    }

    @Test
    void aTitleTypedIntoTheFormChangesOnlyItsLine() throws Exception {
        vm.title().valueProperty().set("Tidy Pipelines, second edition");
        String before = main.editor().diskText();
        assertEquals(List.of(2), dev.archivist.gui.LineDiff.changedLines(before, written()));
    }

    @Test
    void otherKeysAreEditedAsTextOrYamlAndNewOnesGoBeforeTheArchive() throws Exception {
        vm.addOther("tags", "[books, data]");
        assertTrue(written().contains("\ntags: [books, data]\n"));
        assertTrue(written().indexOf("tags:") < written().indexOf("archive:"));
        vm.setOther("tags", "- books\n- pipelines");
        assertEquals(List.of("books", "pipelines"), main.editor().root().get("tags").orElseThrow().toData());
        assertThrows(IllegalArgumentException.class, () -> vm.setOther("tags", "[unclosed"));
        assertThrows(IllegalArgumentException.class, () -> vm.addOther("tags", "x"));
        vm.removeOther("tags");
        assertTrue(main.editor().root().get("tags").isEmpty());
    }

    @Test
    void aMissingImageIsReportedAndAnExistingCoverIsNot() {
        assertFalse(vm.missing(vm.cover().get()));
        assertTrue(vm.missing(vm.image().get()));
    }

    @Test
    void timestampsKeepTheirPattern() {
        assertEquals("2021-07-19", Timestamps.write(LocalDate.of(2021, 7, 19), null, "2020-01-01"));
        assertEquals("2021-07-19T10:00:00", Timestamps.write(LocalDate.of(2021, 7, 19), LocalTime.of(10, 0), "2020-01-01T00:00:00"));
        assertEquals(LocalTime.of(9, 5), Timestamps.parseTime("9:05").orElseThrow());
    }
}
