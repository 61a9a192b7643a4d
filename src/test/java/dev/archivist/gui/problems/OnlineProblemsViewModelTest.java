package dev.archivist.gui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.links.OnlineServer;
import dev.archivist.gui.VmFixture;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.io.save.UserCache;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems → Check links online on the same-thread runner: the answers join the list and their fixes are undoable steps. */
class OnlineProblemsViewModelTest {
    @TempDir
    Path dir;
    OnlineServer server;
    MainViewModel vm;
    ProblemsViewModel problems;

    @BeforeEach
    void open() throws Exception {
        server = new OnlineServer();
        System.setProperty(UserCache.PROPERTY, dir.resolve("cache").toString());
        vm = VmFixture.main(dir);
        problems = vm.problems();
        vm.files().open(server.site(dir.resolve("site")));
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(UserCache.PROPERTY);
        server.close();
    }

    private int count(Kind k) {
        return problems.problemsProperty().get().of(k).size();
    }

    private String value(String path) {
        return ((YScalar) YamlPath.parse(path).find(vm.editor().root()).orElseThrow()).value();
    }

    @Test
    void theLinksAnswersJoinTheProblemsList() {
        assertEquals(0, count(Kind.BROKEN) + count(Kind.REDIRECT));
        problems.checkLinksOnline();
        assertFalse(problems.linkCheckRunningProperty().get());
        assertEquals(2, count(Kind.REDIRECT));
        assertEquals(2, count(Kind.BROKEN));
        assertEquals(1, count(Kind.ARCHIVED));
        assertEquals("7 links: 3 ok, 2 redirected, 2 broken, 0 not checked", problems.linkCheckStatusProperty().get());
    }

    @Test
    void fixingAllMovedLinksIsOneUndoStep() {
        problems.checkLinksOnline();
        problems.fixAll(Kind.REDIRECT);
        assertEquals(0, count(Kind.REDIRECT));
        assertEquals(server.url("/ok"), value("links[1].link"));
        assertTrue(value("archive[0].text").startsWith("Read [this](" + server.url("/ok") + ") first."));
        vm.undo();
        assertEquals(server.url("/moved"), value("links[1].link"));
        assertEquals(2, count(Kind.REDIRECT));
    }

    @Test
    void theArchivedCopyIsWrittenByItsOwnFix() {
        problems.checkLinksOnline();
        Problem archived = problems.problemsProperty().get().of(Kind.ARCHIVED).get(0);
        problems.fix(archived);
        assertTrue(value("archive[0].text").contains("The slides: " + server.url("/web/2020/gone") + "\n"));
        assertEquals(0, count(Kind.ARCHIVED));
    }
}
