package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.links.OnlineServer;
import dev.archivist.io.save.UserCache;
import dev.archivist.model.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Problems → Check links online against a server on 127.0.0.1: answers join the list as they come, and Stop stops. */
@ExtendWith(ApplicationExtension.class)
class OnlineLinksRobotTest extends RobotTest {
    private OnlineServer server;

    @Start
    void start(Stage stage) throws Exception {
        startEditor(stage);
        server = new OnlineServer();
        System.setProperty(UserCache.PROPERTY, dir.resolve("cache").toString());
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(UserCache.PROPERTY);
        server.close();
    }

    private int count(Kind k) {
        return vm.problems().problemsProperty().get().of(k).size();
    }

    @Test
    void answersJoinTheListAsTheyComeAndStopEndsTheRun() throws Exception {
        // one request at a time, forty links held 150 ms each by the server: the run would take six seconds
        Path site = Files.createDirectories(dir.resolve("slow"));
        Files.createDirectories(site.resolve("_people"));
        Files.writeString(site.resolve(".archivist.yml"), "links: {host-concurrency: 1, host-interval: 0, "
                + "archive-url: '" + server.archive() + "'}\n");
        String links = IntStream.rangeClosed(1, 40).mapToObj(i -> "  - text: l" + i + "\n    link: " + server.url("/busy/" + i))
                .collect(Collectors.joining("\n"));
        Path page = Files.writeString(Files.createDirectories(site.resolve("_books")).resolve("20220101-slow.md"),
                "---\ntitle: Slow\nlinks:\n  - text: moved\n    link: " + server.url("/moved") + "\n" + links + "\n---\n");
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null && !vm.problems().checkingProperty().get());
        assertEquals(0, count(Kind.REDIRECT));

        clickOn("#optionsButton");
        clickOn("Check links online");
        waitUntil(() -> count(Kind.REDIRECT) == 1);
        assertTrue(vm.problems().linkCheckRunningProperty().get(), "the moved link is listed while the others are asked");
        assertTrue(lookup("#stopLinksButton").queryAs(Button.class).isVisible());
        assertTrue(lookup("#linkStatusLabel").queryAs(Label.class).getText().matches("\\d+ of 41 links checked…"));

        clickOn("#stopLinksButton");
        waitUntil(() -> !vm.problems().linkCheckRunningProperty().get());
        int asked = server.requests();
        Thread.sleep(400);
        assertTrue(server.requests() <= asked + 1, "no request after the one in flight: " + asked + ", then " + server.requests());
        assertTrue(asked < 41);
        assertEquals(1, count(Kind.REDIRECT), "the answers so far stay listed");
        assertTrue(lookup("#linkStatusLabel").queryAs(Label.class).getText().startsWith("Stopped: "));
        assertFalse(lookup("#stopLinksButton").queryAs(Button.class).isVisible());
    }
}
