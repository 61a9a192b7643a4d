package dev.archivist.gui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.VmFixture;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemsViewModelTest {
    @TempDir
    Path dir;
    MainViewModel vm;
    ProblemsViewModel problems;
    Path page;

    @BeforeEach
    void open() throws Exception {
        vm = VmFixture.main(dir);
        problems = vm.problems();
        page = Samples.site(dir.resolve("site"));
        vm.files().open(page);
    }

    private int count(Kind k) {
        return problems.problemsProperty().get().of(k).size();
    }

    @Test
    void fixingOneProblemIsOneStepAndTheListFollows() {
        int before = count(Kind.HTML_ENTITY);
        Problem first = problems.problemsProperty().get().of(Kind.HTML_ENTITY).get(0);
        problems.fix(first);
        assertEquals(before - 1, count(Kind.HTML_ENTITY));
        assertEquals("Fix html entities in text", vm.undoLabelProperty().get());
        vm.undo();
        assertEquals(before, count(Kind.HTML_ENTITY));
    }

    @Test
    void ignoringHidesAProblemUntilRestored() {
        int before = count(Kind.HTML_ENTITY);
        problems.ignore(problems.problemsProperty().get().of(Kind.HTML_ENTITY).get(0));
        assertEquals(before - 1, count(Kind.HTML_ENTITY));
        problems.restoreIgnored();
        assertEquals(before, count(Kind.HTML_ENTITY));
    }

    @Test
    void theTreeMarksTheMessagesThatHaveProblems() {
        Problem p = problems.problemsProperty().get().of(Kind.HTML_ENTITY).get(0);
        MessagePlace place = MessagePlace.of(p.path()).orElseThrow();
        assertTrue(vm.threads().problemCountsProperty().get().get(place) >= 1);
    }

    @Test
    void selectingAProblemSelectsItsMessage() {
        Problem p = problems.problemsProperty().get().of(Kind.EMPTY_TEXT).get(0);
        problems.reveal(p, false);
        assertEquals(MessagePlace.of(p.path()).orElseThrow(), vm.threads().focused());
        assertEquals(p.path(), vm.revealProperty().get().path());
    }

    @Test
    void theHouseStyleIsNotListedUnlessTheSiteAsksForIt() {
        assertEquals(0, count(Kind.FORMAT_STYLE));
    }

    @Test
    void theFormatFixRewritesTheFrontMatterInTheHouseStyleWhenSaved() throws Exception {
        // format.style is listed only on a site that asks for its house style
        Files.writeString(dir.resolve("site/.archivist.yml"), "house-style: true\n");
        MainViewModel plain = new MainViewModel(new dev.archivist.gui.task.DirectTaskRunner(),
                new dev.archivist.gui.main.AppPrefs(java.util.prefs.Preferences.userRoot().node("dev/archivist/vm-test-format")));
        plain.files().open(page);
        Problem format = plain.problems().problemsProperty().get().of(Kind.FORMAT_STYLE).get(0);
        plain.problems().fix(format);
        assertTrue(plain.editor().state().reformat());
        assertEquals(0, plain.problems().problemsProperty().get().of(Kind.FORMAT_STYLE).size());
        plain.files().save(null);
        String text = Files.readString(page);
        assertFalse(text.contains("\\xED"), "escapes are written as characters");
        assertTrue(text.contains("María Núñez"));
    }
}
