package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.archivist.check.CheckContext;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.EditBatch;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The online check against a server on 127.0.0.1 only. */
class BrokenLinkCheckTest {
    private HttpServer server;
    private String base;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", ex -> answer(ex, 200, null));
        server.createContext("/gone", ex -> answer(ex, 404, null));
        server.createContext("/moved", ex -> answer(ex, 301, "/ok"));
        server.createContext("/for-now", ex -> answer(ex, 302, "/ok"));
        server.createContext("/loop", ex -> answer(ex, 301, "/loop"));
        server.createContext("/no-head", ex -> answer(ex, ex.getRequestMethod().equals("HEAD") ? 405 : 200, null));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange ex, int status, String location) throws IOException {
        requests.incrementAndGet();
        if (location != null) {
            ex.getResponseHeaders().add("Location", location);
        }
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    private ArchiveDocument page() {
        String text = "---\ntitle: t\nlinks:\n  - text: Book\n    link: " + base + "/moved\n"
                + "archive:\n- name: a\n  text: 'fine [ok](" + base + "/ok) gone " + base + "/gone and <" + base + "/for-now>'\n"
                + "  replies:\n  - name: b\n    text: 'loop [l](" + base + "/loop), [ok again](" + base + "/ok), "
                + "[m](" + base + "/moved) head " + base + "/no-head'\n---\n";
        return ArchiveReader.read(Path.of("x.md"), text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Problem> check(int maxLinks) {
        ArchiveDocument doc = page();
        return new BrokenLinkCheck(Duration.ofSeconds(5), maxLinks).check(CheckContext.of(doc, null));
    }

    @Test
    void errorsAndRedirectsAreReportedAndGoodLinksAreNot() {
        List<Problem> found = check(20);
        assertTrue(found.stream().allMatch(p -> p.kind() == Kind.BROKEN));
        List<String> messages = found.stream().map(p -> p.where() + " " + p.message().replace(base, "")).toList();
        assertEquals(List.of(
                "archive[0].text the link /gone answers 404",
                "archive[0].text the link redirects for now (302) to /ok",
                "archive[0].replies[0].text the link /loop could not be reached (more than 5 redirects)",
                "archive[0].replies[0].text the link redirects permanently (301) to /ok",
                "links[0].link the link redirects permanently (301) to /ok"), messages);
    }

    @Test
    void aRedirectSuggestsTheFinalUrlWithoutApplyingIt() {
        ArchiveDocument doc = page();
        Problem moved = new BrokenLinkCheck(Duration.ofSeconds(5), 20).check(CheckContext.of(doc, null)).stream()
                .filter(p -> p.where().equals("archive[0].replies[0].text") && p.message().contains("301"))
                .findFirst().orElseThrow();
        assertFalse(moved.safelyFixable());
        assertEquals(base + "/moved", moved.fix().before());
        assertEquals(base + "/ok", moved.fix().after());
        YScalar after = (YScalar) YamlPath.parse("archive[0].replies[0].text")
                .find(EditBatch.apply(doc.root(), List.of(moved.fix().edit()))).orElseThrow();
        assertTrue(after.value().contains("[m](" + base + "/ok)"), after.value());
        assertTrue(after.value().contains("[l](" + base + "/loop)"), after.value());
    }

    @Test
    void eachUrlIsAskedOnceAndNoMoreThanTheLimit() {
        check(2);
        int limited = requests.getAndSet(0);
        check(20);
        int all = requests.get();
        // limited: /ok and /gone; all: /ok, /gone, /for-now then /ok, /loop six times, /moved then /ok,
        // /no-head by HEAD then GET; the second /ok and the /moved of links: are not asked again
        assertEquals(2, limited);
        assertEquals(14, all);
    }

    @Test
    void anUnreachableServerIsAnError() {
        server.stop(0);
        List<Problem> found = check(1);
        // the one URL asked about is written twice: both places are reported
        assertEquals(List.of("archive[0].text", "archive[0].replies[0].text"), found.stream().map(Problem::where).toList());
        for (Problem p : found) {
            assertTrue(p.message().startsWith("the link " + base + "/ok could not be reached"), p.message());
            assertNull(p.fix());
        }
    }
}
