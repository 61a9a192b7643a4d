package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.links.OnlineServer;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.io.save.UserCache;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --online} and {@code fix --online} on a site whose links point at a server on 127.0.0.1. */
class OnlineCommandTest {
    @TempDir
    Path site;
    @TempDir
    Path cache;

    private OnlineServer server;
    private Path page;
    private String before;

    @BeforeEach
    void makeASite() throws Exception {
        server = new OnlineServer();
        System.setProperty(UserCache.PROPERTY, cache.toString());
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, cache.resolve("backups").toString());
        page = server.site(site);
        before = Files.readString(page);
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(UserCache.PROPERTY);
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkOnlineReportsEachKindWithItsPlaceAndASummaryByStatus() {
        CommandLineTest.Run r = CommandLineTest.run("check", "--online", "--json", site.toString());
        assertEquals(1, r.exit(), r.err());
        Map<String, Object> json = CheckCommandTest.json(r.out());
        List<Map<String, Object>> problems = (List<Map<String, Object>>) ((List<Map<String, Object>>) json.get("files")).get(0).get("problems");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> p : problems) {
            found.add(p.get("kind") + " " + p.get("where") + " " + p.get("line") + ":" + p.get("column"));
        }
        assertEquals(List.of("links.redirect links[1].link 7:11", "links.archived archive[0].text 10:9",
                "links.broken archive[0].text 10:9", "links.redirect archive[0].text 10:9",
                "links.broken archive[0].replies[0].text 16:11"), found);
        Map<String, Object> summary = (Map<String, Object>) json.get("summary");
        assertEquals(Map.of("links.archived", 1, "links.broken", 2, "links.redirect", 2), summary.get("byKind"));
        Map<String, Object> links = (Map<String, Object>) summary.get("links");
        assertEquals(Map.of("ok", 3, "redirected", 2, "broken", 2, "not-checked", 0), links.get("byStatus"));
        assertEquals(7, links.get("urls"));
        assertEquals(1, links.get("archived"));
    }

    @Test
    void theTextAndMarkdownReportsNameEveryPlaceAndWhatWasNotChecked() {
        CommandLineTest.Run text = CommandLineTest.run("check", "--online", "--exclude", "/for-now$", site.toString());
        assertEquals(1, text.exit(), text.err());
        assertTrue(text.out().contains(page + ":7:11: links.redirect: the link " + server.url("/moved")
                + " redirects permanently to " + server.url("/ok") + " [links[1].link]"), text.out());
        assertTrue(text.out().contains(page + ":16:11: links.broken: the link " + server.url("/removed")
                + " is broken: answers 410 [archive[0].replies[0].text]"), text.out());
        assertTrue(text.out().contains("not checked: " + server.url("/for-now") + " (excluded by /for-now$)"), text.out());
        assertTrue(text.out().contains("links online: 7 links: 2 ok, 2 redirected, 2 broken (1 with an archived copy), "
                + "1 not checked"), text.out());

        CommandLineTest.Run md = CommandLineTest.run("check", "--online", "--format", "markdown", site.toString());
        assertEquals(1, md.exit(), md.err());
        assertTrue(md.out().startsWith("## Archivist check\n\n5 problems in 1 file: `links.archived` 1, `links.broken` 2, "
                + "`links.redirect` 2\n\n| File | Line | Where | Kind | Finding | Fix |\n"), md.out());
        assertTrue(md.out().contains("| `" + page + "` | 7:11 | `links[1].link` | `links.redirect` | the link "
                + server.url("/moved") + " redirects permanently to " + server.url("/ok") + " | " + server.url("/moved")
                + " → " + server.url("/ok") + " |"), md.out());
        // the excluded link was not asked before, the others were
        assertTrue(md.out().contains("links online: 7 links (6 answers from the cache)"), md.out());
    }

    @Test
    void aSecondRunAsksNothing() {
        CommandLineTest.run("check", "--online", site.toString());
        int asked = server.requests();
        assertTrue(asked >= 7);
        CommandLineTest.Run again = CommandLineTest.run("check", "--online", site.toString());
        assertEquals(1, again.exit(), again.err());
        assertEquals(asked, server.requests());
        assertTrue(again.out().contains("(7 answers from the cache)"), again.out());
        CommandLineTest.run("check", "--online", "--no-cache", site.toString());
        assertTrue(server.requests() > asked, "--no-cache asks again");
    }

    @Test
    void fixingRedirectsChangesOnlyTheLinesOfThoseUrls() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("fix", "--online", "--kinds", "links.redirect", site.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(7, 11), changedLines(before, Files.readString(page)));
        String after = Files.readString(page);
        assertTrue(after.contains("    link: " + server.url("/ok") + "\n"), after);
        assertTrue(after.contains("    Read [this](" + server.url("/ok") + ") first.\n"), after);
    }

    @Test
    void aPlainFixLeavesBrokenLinksAndTheArchivedCopyIsWrittenWhenAsked() throws Exception {
        CommandLineTest.Run plain = CommandLineTest.run("fix", "--online", site.toString());
        assertEquals(0, plain.exit(), plain.err());
        String fixed = Files.readString(page);
        assertEquals(List.of(7, 11), changedLines(before, fixed), "the redirects only");

        CommandLineTest.Run archived = CommandLineTest.run("fix", "--online", "--kinds", "links.archived", site.toString());
        assertEquals(0, archived.exit(), archived.err());
        assertEquals(List.of(12), changedLines(fixed, Files.readString(page)));
        assertTrue(Files.readString(page).contains("    The slides: " + server.url("/web/2020/gone") + "\n"));
    }

    @Test
    void withoutANetworkEveryLinkIsUnreachableAndTheRunEnds() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        String base = server.url("");
        server.close();
        Files.writeString(page, before.replace(base, "http://127.0.0.1:" + closed)
                .replace("http://127.0.0.1:" + closed + "/gone", "https://nowhere.invalid/gone"));
        CommandLineTest.Run r = CommandLineTest.run("check", "--online", "--archive-url", "http://127.0.0.1:" + closed,
                site.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("links online: 7 links: 0 ok, 0 redirected, 7 broken, 0 not checked"), r.out());
        assertTrue(r.out().contains("the link https://nowhere.invalid/gone is broken: the host name does not resolve (DNS)"), r.out());
        assertTrue(r.out().contains("the link http://127.0.0.1:" + closed + "/ok is broken: the connection was refused"), r.out());
    }

    @Test
    void theOnlineKindsAndSettingsNeedOnlineAndSayWhatIsWrong() {
        CommandLineTest.Run kinds = CommandLineTest.run("check", "--kinds", "links.broken", site.toString());
        assertEquals(2, kinds.exit());
        assertEquals("archivist: links.broken is found online: add --online\n", kinds.err());
        CommandLineTest.Run flag = CommandLineTest.run("fix", "--timeout", "3", site.toString());
        assertEquals(2, flag.exit());
        assertEquals("archivist: --timeout is a setting of the online check: add --online\n", flag.err());
        CommandLineTest.Run value = CommandLineTest.run("check", "--online", "--accept", "2xx", site.toString());
        assertEquals(2, value.exit());
        assertEquals("archivist: --accept must be status codes and ranges such as 200..=299,429 ('2xx')\n", value.err());
        assertEquals(0, server.requests());
    }

    /** The 1-based numbers of the lines that differ (the texts have the same number of lines). */
    private static List<Integer> changedLines(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        assertEquals(x.length, y.length);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i])) {
                out.add(i + 1);
            }
        }
        return out;
    }
}
