package dev.archivist.check.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.cli.ArchivistCommand;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.site.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The episode checks over the real episodes: what they find, and a fix that moves only what it fixed. */
class EpisodesCorpusTest {
    static final Path CORPUS = Path.of(System.getProperty("archivist.corpus", "../shared/corpus/site"));
    static final Set<Kind> EPISODE = Set.of(Kind.DUPLICATE_HEADER, Kind.TRANSCRIPT_ORDER, Kind.MISSING_SPEAKER,
            Kind.TIME_MISMATCH, Kind.CLIP_OFFSET, Kind.CLIP_ORDER, Kind.PLACEHOLDER, Kind.LOOKALIKE_CHAR, Kind.GUEST_ID);

    @TempDir
    Path dir;

    static List<Path> episodes() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("_podcast")), "corpus not present");
        try (Stream<Path> files = Files.list(CORPUS.resolve("_podcast"))) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        }
    }

    private static Map<Kind, List<Problem>> found(List<Path> pages, Site site, Map<Kind, Set<String>> files) {
        Map<Kind, List<Problem>> out = new EnumMap<>(Kind.class);
        for (Path p : pages) {
            ArchiveDocument doc = ArchiveReader.read(p);
            for (Problem problem : Checks.run(CheckContext.of(doc, site))) {
                if (EPISODE.contains(problem.kind())) {
                    out.computeIfAbsent(problem.kind(), k -> new ArrayList<>()).add(problem);
                    files.computeIfAbsent(problem.kind(), k -> new java.util.TreeSet<>()).add(p.getFileName().toString());
                }
            }
        }
        return out;
    }

    @Test
    void theFaultsTheCorpusListsAreFound() throws IOException {
        List<Path> pages = episodes();
        Map<Kind, Set<String>> files = new EnumMap<>(Kind.class);
        Map<Kind, List<Problem>> found = found(pages, Site.open(CORPUS), files);
        found.forEach((k, v) -> System.out.println(k + "\t" + v.size() + " in " + files.get(k).size() + " episodes"));
        // a header repeated right after itself: 121 times in 6 of these 98 episodes, each safely dropped
        assertEquals(121, found.get(Kind.DUPLICATE_HEADER).size());
        assertTrue(files.get(Kind.DUPLICATE_HEADER).contains("data-consulting-business-pricing-and-client-acquisition.md"));
        assertTrue(found.get(Kind.DUPLICATE_HEADER).stream().allMatch(Problem::safelyFixable));
        assertTrue(found.get(Kind.TRANSCRIPT_ORDER).size() >= 20, "sec running backwards");
        assertTrue(files.get(Kind.TRANSCRIPT_ORDER).size() >= 15);
        assertTrue(found.get(Kind.MISSING_SPEAKER).size() >= 150, "lines without who");
        assertEquals(List.of("crisp-dm.md", "data-team-roles.md", "technical-writing-for-data-scientists.md"),
                List.copyOf(files.get(Kind.PLACEHOLDER)));
        assertEquals(6, found.get(Kind.PLACEHOLDER).size());
        assertTrue(files.get(Kind.LOOKALIKE_CHAR).contains("building-data-products-lead-data-scientist.md"), "U+2011");
        assertTrue(found.get(Kind.LOOKALIKE_CHAR).stream().allMatch(Problem::safelyFixable));
        assertTrue(!found.containsKey(Kind.GUEST_ID), "every guest of the slice has a _people page");
    }

    @Test
    void fixDropsOnlyTheRepeatsAndTheLookalikesAndThenHasNothingToDo() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/_podcast"));
        List<Path> copies = new ArrayList<>();
        for (Path p : episodes()) {
            Path copy = site.resolve(p.getFileName());
            Files.copy(p, copy);
            copy.toFile().setWritable(true, true);
            copies.add(copy);
        }
        Map<Path, String> before = new HashMap<>();
        for (Path p : copies) {
            before.put(p, Files.readString(p));
        }
        String kinds = "transcript,encoding.lookalike-char";
        assertEquals(0, fix(kinds, site));
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        int dropped = 0;
        int changed = 0;
        for (Path p : copies) {
            String old = before.get(p);
            String now = Files.readString(p);
            Map<String, Integer> removed = lines(old);
            Map<String, Integer> added = lines(now);
            lines(now).forEach((l, n) -> removed.merge(l, -n, Integer::sum));
            lines(old).forEach((l, n) -> added.merge(l, -n, Integer::sum));
            for (Map.Entry<String, Integer> e : removed.entrySet()) {
                if (e.getValue() > 0) {
                    boolean header = e.getKey().startsWith("- header: ");
                    assertTrue(header || LookalikeCharsFix.has(e.getKey()), p + ": line changed: " + e.getKey());
                    if (header && !LookalikeCharsFix.has(e.getKey())) {
                        dropped += e.getValue();
                    } else {
                        changed += e.getValue();
                    }
                }
            }
            Set<Object> rewritten = new java.util.HashSet<>();
            removed.forEach((l, n) -> {
                if (n > 0 && LookalikeCharsFix.has(l)) {
                    rewritten.add(LookalikeCharsFix.dataFixed(l));
                }
            });
            for (Map.Entry<String, Integer> e : added.entrySet()) {
                if (e.getValue() > 0) {
                    assertTrue(rewritten.contains(e.getKey()), p + ": line added: " + e.getKey());
                }
            }
            Object expected = LookalikeCharsFix.dataFixed(yaml.load(frontMatter(old)));
            assertEquals(expected, yaml.load(frontMatter(now)), p + ": the data is the fix's and nothing else");
            ArchiveDocument doc = ArchiveReader.read(p);
            assertTrue(Checks.run(CheckContext.of(doc, null)).stream()
                    .noneMatch(pr -> EPISODE.contains(pr.kind()) && pr.safelyFixable()), p + ": safe problems left");
        }
        System.out.println("fix: " + dropped + " repeated header lines dropped, " + changed + " lines with look-alikes rewritten");
        assertEquals(121, dropped);
        Map<Path, String> once = new HashMap<>();
        for (Path p : copies) {
            once.put(p, Files.readString(p));
        }
        assertEquals(0, fix(kinds, site));
        for (Path p : copies) {
            assertEquals(once.get(p), Files.readString(p), p + ": a second fix changes nothing");
        }
    }

    private static int fix(String kinds, Path folder) {
        return ArchivistCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "fix", "--kinds", kinds, folder.toString());
    }

    private static String frontMatter(String text) {
        return text.substring(4, text.indexOf("\n---", 4));
    }

    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String l : text.split("\n", -1)) {
            out.merge(l, 1, Integer::sum);
        }
        return out;
    }

    /** What the fix is expected to do to the data, done on PyYAML-like data with plain Java. */
    static final class LookalikeCharsFix {
        static boolean has(String s) {
            return s.chars().anyMatch(c -> c >= 0x2010 && c <= 0x2012);
        }

        @SuppressWarnings("unchecked")
        static Object dataFixed(Object data) {
            if (data instanceof String s) {
                return s.replace('\u2010', '-').replace('\u2011', '-').replace('\u2012', '-');
            }
            if (data instanceof List<?> list) {
                List<Object> out = new ArrayList<>();
                for (Object o : list) {
                    out.add(dataFixed(o));
                }
                return out;
            }
            if (data instanceof Map<?, ?> map) {
                Map<Object, Object> out = new java.util.LinkedHashMap<>();
                map.forEach((k, v) -> out.put(k, dataFixed(v)));
                Object transcript = out.get("transcript");
                if (transcript instanceof List<?> items) {
                    List<Object> kept = new ArrayList<>();
                    for (Object item : items) {
                        Object last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                        if (item instanceof Map<?, ?> m && m.size() == 1 && m.get("header") instanceof String h
                                && last instanceof Map<?, ?> l && l.get("header") instanceof String lh && h.strip().equals(lh.strip())) {
                            continue;
                        }
                        kept.add(item);
                    }
                    out.put("transcript", kept);
                }
                return out;
            }
            return data;
        }
    }
}
