package dev.archivist.gui.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.EpisodeSample;
import dev.archivist.gui.LineDiff;
import dev.archivist.gui.VmFixture;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.gui.metadata.AuthorRow;
import dev.archivist.gui.metadata.LinkRow;
import dev.archivist.model.PageKind;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpisodeViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    EpisodeViewModel vm;
    Path page;

    @BeforeEach
    void open() throws Exception {
        main = VmFixture.main(dir);
        vm = main.episode();
        page = EpisodeSample.site(dir.resolve("site"));
        main.files().open(page);
    }

    /** Saves the page and returns the lines (1-based) the save changed. */
    private List<Integer> savedChanges() throws Exception {
        String before = Files.readString(page);
        main.files().save(null);
        assertFalse(main.modifiedProperty().get());
        return LineDiff.changedLines(before, Files.readString(page));
    }

    private String saved() throws Exception {
        return Files.readString(page);
    }

    private static int lineOf(String text, String line) {
        return text.lines().toList().indexOf(line) + 1;
    }

    private String undoLabel() {
        return main.editor().undoLabelProperty().get();
    }

    @Test
    void anEpisodeIsAPodcastPageAndItsFieldsShowTheirValues() {
        assertEquals(PageKind.PODCAST, main.pageKindProperty().get());
        assertEquals("Data Pipelines: Tidy & Tested", vm.title().get());
        assertEquals("Tidy Pipelines", vm.shortTitle().get());
        assertEquals("7", vm.season().get());
        assertEquals("1:05:29", vm.durationProperty().get());
        assertEquals(List.of("data engineering", "practices"), vm.topics());
        assertEquals(List.of("anchor", "youtube"), vm.links().stream().map(PlatformRow::platform).toList());
        assertEquals(2, vm.clips().size());
        assertEquals("63", vm.clips().get(1).start().get());
        assertEquals(List.of("mood"), vm.others().rows().stream().map(r -> r.key()).toList());
    }

    @Test
    void guestsShowTheirPeopleNamesAndUnknownIdsAreMarked() {
        assertEquals(List.of(new AuthorRow(0, "adaokafor", "Ada Okafor"), new AuthorRow(1, "nobodyknown", null)),
                vm.guests().rows());
    }

    @Test
    void aGuestAddedByNameIsStoredAsTheirIdInTheBlockList() throws Exception {
        vm.guests().remove(1);
        vm.guests().add("Kenji Watanabe");
        assertEquals("Add guest", undoLabel());
        assertEquals(List.of(lineOf(EpisodeSample.TEXT, "- nobodyknown")), savedChanges());
        assertTrue(saved().contains("guests:\n- adaokafor\n- kenjiwatanabe\nimage:"), saved());
    }

    @Test
    void aTitleTypedIntoTheFormChangesOnlyItsLineAndUndoesInOneStep() throws Exception {
        vm.title().valueProperty().set("Data Pipelines: Tidy, Tested");
        vm.title().valueProperty().set("Data Pipelines: Tidy, Tested, Typed");
        assertEquals(List.of(2), savedChanges());
        assertTrue(saved().startsWith("---\ntitle: 'Data Pipelines: Tidy, Tested, Typed'\nshort:"), saved());
        main.undo();
        assertEquals("Data Pipelines: Tidy & Tested", vm.title().get());
        assertFalse(main.canUndoProperty().get());
    }

    @Test
    void seasonStaysAnIntegerAndANonNumberIsMarked() throws Exception {
        vm.season().valueProperty().set("8");
        YScalar season = (YScalar) YamlPath.of("season").find(main.editor().root()).orElseThrow();
        assertEquals("int", season.tag());
        assertEquals(List.of(lineOf(EpisodeSample.TEXT, "season: 7")), savedChanges());
        assertNull(EpisodeViewModel.integerError("8"));
        assertNotNull(EpisodeViewModel.integerError("eight"));
    }

    @Test
    void theDurationIsEditedAsAClockAndWrittenInTheIsoFormThePageUses() throws Exception {
        assertNotNull(vm.setDuration("1:75"));
        assertNull(vm.setDuration("1:06:00"));
        assertEquals("1:06:00", vm.durationProperty().get());
        int line = lineOf(EpisodeSample.TEXT, "duration: PT01H05M29S");
        assertEquals(List.of(line), savedChanges());
        assertEquals("duration: PT01H06M00S", saved().lines().toList().get(line - 1));
        main.undo();
        assertEquals("1:05:29", vm.durationProperty().get());
    }

    @Test
    void aClipsStartMovesTheUrlsTimeWithItInOneStep() throws Exception {
        assertNull(vm.setClipStart(1, "70"));
        assertEquals("Set clip start", undoLabel());
        assertEquals("https://www.youtube.com/watch?v=0Gqx1LtqRZU&t=70", vm.clips().get(1).url().get());
        int start = lineOf(EpisodeSample.TEXT, "  startOffset: 63");
        assertEquals(List.of(start, start + 1), savedChanges());
        main.undo();
        assertEquals("63", vm.clips().get(1).start().get());
        assertEquals("https://www.youtube.com/watch?v=0Gqx1LtqRZU&t=63", vm.clips().get(1).url().get());
        assertNotNull(vm.setClipStart(1, "soon"));
    }

    @Test
    void platformsAreAddedAndRemovedAsKeysOfTheirMapping() throws Exception {
        vm.addPlatform("links", "spotify", "https://open.spotify.com/episode/3LhB");
        assertEquals(List.of("anchor", "youtube", "spotify"), vm.links().stream().map(PlatformRow::platform).toList());
        assertTrue(saved().equals(EpisodeSample.TEXT));
        List<Integer> changed = savedChanges();
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(saved().contains("  youtube: https://www.youtube.com/watch?v=0Gqx1LtqRZU\n  spotify: https://open.spotify.com/episode/3LhB\n"));
        vm.links().get(2).value().valueProperty().set("not a url");
        assertFalse(LinkRow.validUrl(vm.links().get(2).value().get()));
        vm.removePlatform("ids", "anchor");
        assertEquals(List.of("youtube"), vm.ids().stream().map(PlatformRow::platform).toList());
    }

    @Test
    void topicsAreInsertedAndDeletedAsItems() throws Exception {
        vm.addTopic("testing");
        assertEquals("Add topic", undoLabel());
        vm.removeTopic(0);
        assertEquals(List.of("practices", "testing"), vm.topics());
        String before = EpisodeSample.TEXT;
        savedChanges();
        assertTrue(saved().contains("topics:\n- practices\n- testing\ndateadded:"), saved());
        assertEquals(before.lines().count(), saved().lines().count());
    }

    @Test
    void anEmptyTopicKeepsItsPlaceSoTheRightOneIsRemoved() throws Exception {
        main.editor().run(s -> s.insert(YamlPath.of("topics", 0), YScalar.nullValue()));
        assertEquals(List.of("", "data engineering", "practices"), vm.topics());
        vm.removeTopic(2);
        assertEquals(List.of("", "data engineering"), vm.topics());
    }

    @Test
    void aPickedDateIsWrittenAsADateAlone() throws Exception {
        vm.setDate(vm.dateAdded(), LocalDate.of(2022, 3, 1));
        int line = lineOf(EpisodeSample.TEXT, "dateadded: 2022-02-27");
        assertEquals(List.of(line), savedChanges());
        assertEquals("dateadded: 2022-03-01", saved().lines().toList().get(line - 1));
    }

    @Test
    void otherKeysAreEditedGenerically() throws Exception {
        vm.others().set("mood", "cheerful");
        assertEquals(List.of(lineOf(EpisodeSample.TEXT, "mood: calm")), savedChanges());
    }
}
