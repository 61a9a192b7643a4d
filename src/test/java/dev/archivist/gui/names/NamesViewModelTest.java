package dev.archivist.gui.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.edit.Archive;
import dev.archivist.gui.Samples;
import dev.archivist.gui.VmFixture;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.model.YNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    NamesViewModel vm;

    @BeforeEach
    void open() throws Exception {
        main = VmFixture.main(dir);
        vm = main.names();
        main.files().open(Samples.site(dir.resolve("site")));
    }

    private List<String> names() {
        List<String> out = new ArrayList<>();
        for (YNode t : Archive.threads(main.editor().root())) {
            out.add(Archive.text(t, "name"));
            Archive.replies(t).forEach(r -> out.add(Archive.text(r, "name")));
        }
        return out;
    }

    private ClusterRow maria() {
        return vm.clusters().stream().filter(c -> c.suggested().equals("María Núñez")).findFirst().orElseThrow();
    }

    @Test
    void theNameProblemsFormOneClusterPerSuggestedName() {
        ClusterRow c = maria();
        assertEquals("María Núñez", c.spellings().get(0));
        assertTrue(c.spellings().containsAll(List.of("Maria Nunez", "maría núñez", "María Núñez (she/her)")));
    }

    @Test
    void anotherCanonicalNameRenamesTheSuggestedSpellingToo() {
        vm.selectedProperty().set(maria());
        vm.canonicalProperty().set("Maria Nunez");
        vm.apply();
        assertFalse(names().contains("María Núñez"));
        assertTrue(names().contains("Maria Nunez"));
    }

    @Test
    void anUntickedSpellingIsLeftAlone() {
        vm.selectedProperty().set(maria());
        vm.tickedProperty("María Núñez (she/her)").set(false);
        vm.apply();
        assertTrue(names().contains("María Núñez (she/her)"));
        assertFalse(names().contains("Maria Nunez"));
    }
}
