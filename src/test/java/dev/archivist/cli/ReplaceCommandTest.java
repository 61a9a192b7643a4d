package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.AtomicSave;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * {@code replace} over a copy of the real site, checked apart from the engine: SnakeYAML's own
 * loader gives each page's data before and after, the replacement is applied to every string of
 * the data before with {@link Matcher#replaceAll}, and SnakeYAML's marks say which lines each
 * changed value held.
 */
class ReplaceCommandTest {
    private static final Path CORPUS = OutputsKeptTest.CORPUS;

    @TempDir
    Path dir;

    @BeforeEach
    void backups(@TempDir Path backups) {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
    }

    @AfterEach
    void noBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    @Test
    void aPlainReplaceChangesEveryStringValueAndOnlyTheirLines() throws Exception {
        Path site = copyOfTheSite("run");
        Map<Path, String> before = pages(site);
        int status = run("replace", "--from", "slack", "--to", "the workspace", site.resolve("_books").toString(),
                site.resolve("_podcast").toString());
        assertEquals(2, status, "the two page templates do not parse; every other page is done");
        Pattern p = Pattern.compile(Pattern.quote("slack"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        int changed = checkEveryPage(site, before, s -> p.matcher(s).replaceAll(Matcher.quoteReplacement("the workspace")));
        assertTrue(changed > 40, "pages changed: " + changed);
    }

    @Test
    void aRegularExpressionUnderSomeKeysChangesOnlyTheirValues() throws Exception {
        Path site = copyOfTheSite("run");
        Map<Path, String> before = pages(site);
        run("replace", "--regex", "--case", "--word", "--keys", "name,header", "--from", "Data (\\w+)", "--to",
                "Data-$1", site.resolve("_books").toString(), site.resolve("_podcast").toString());
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:Data (\\w+))(?![\\p{L}\\p{N}_])");
        int changed = checkEveryPageUnderKeys(site, before, s -> p.matcher(s).replaceAll("Data-$1"), List.of("name", "header"));
        assertTrue(changed > 5, "pages changed: " + changed);
    }

    @Test
    void gitApplyOfTheDryRunDiffGivesTheSameFilesAsTheRun() throws Exception {
        Path applied = copyOfTheSite("applied");
        Path ran = copyOfTheSite("ran");
        String[] args = {"replace", "--from", "slack", "--to", "the workspace", "_books", "_podcast"};
        Path patch = dir.resolve("run.patch");
        String[] dry = Stream.concat(Stream.of(args), Stream.of("--dry-run", "--diff")).toArray(String[]::new);
        process(applied, patch, dry);
        Map<Path, String> untouched = pages(applied);
        Assumptions.assumeTrue(gitApply(applied, patch), "git is not on the PATH");
        process(ran, dir.resolve("ran.out"), args);
        Map<Path, String> viaPatch = pages(applied);
        Map<Path, String> viaRun = pages(ran);
        int differ = 0;
        for (Path page : viaRun.keySet()) {
            assertEquals(viaRun.get(page), viaPatch.get(page), page.toString());
            differ += viaRun.get(page).equals(untouched.get(page)) ? 0 : 1;
        }
        assertTrue(differ > 40, "pages the patch changed: " + differ);
    }

    @Test
    void fixAndRenameDiffsArePatchesToo() throws Exception {
        for (String[] args : List.of(new String[] {"fix", "_books", "_podcast"},
                new String[] {"rename", "--from", "Alexey Grigorev", "--to", "A. Grigorev", "_books", "_podcast"})) {
            Path applied = copyOfTheSite(args[0] + "-applied");
            Path ran = copyOfTheSite(args[0] + "-ran");
            Path patch = dir.resolve(args[0] + ".patch");
            process(applied, patch, Stream.concat(Stream.of(args), Stream.of("--dry-run", "--diff")).toArray(String[]::new));
            Map<Path, String> untouched = pages(applied);
            Assumptions.assumeTrue(gitApply(applied, patch), "git is not on the PATH");
            process(ran, dir.resolve(args[0] + ".out"), args);
            Map<Path, String> viaRun = pages(ran);
            Map<Path, String> viaPatch = pages(applied);
            int differ = 0;
            for (Path page : viaRun.keySet()) {
                assertEquals(viaRun.get(page), viaPatch.get(page), args[0] + ": " + page);
                differ += viaRun.get(page).equals(untouched.get(page)) ? 0 : 1;
            }
            assertTrue(differ > 5, args[0] + " changed pages: " + differ);
        }
    }

    @Test
    void thePatchKeepsWindowsLineEndsAndALastLineWithoutItsNewline() throws Exception {
        String crlf = "---\r\ntitle: Slack notes\r\ntext: one\r\n---\r\nbody\r\n";
        String open = "---\ntitle: x\ntext: in Slack\n---\nthe body has no newline";
        String[] args = {"replace", "--from", "Slack", "--to", "the workspace", "."};
        Path applied = Files.createDirectories(dir.resolve("applied"));
        Path ran = Files.createDirectories(dir.resolve("ran"));
        for (Path site : List.of(applied, ran)) {
            Files.writeString(site.resolve("crlf.md"), crlf, StandardCharsets.UTF_8);
            Files.writeString(site.resolve("open.md"), open, StandardCharsets.UTF_8);
        }
        Path patch = dir.resolve("small.patch");
        process(applied, patch, Stream.concat(Stream.of(args), Stream.of("--dry-run", "--diff")).toArray(String[]::new));
        Assumptions.assumeTrue(gitApply(applied, patch), "git is not on the PATH");
        process(ran, dir.resolve("ran.out"), args);
        for (String page : List.of("crlf.md", "open.md")) {
            String expected = Files.readString(ran.resolve(page), StandardCharsets.UTF_8);
            assertTrue(expected.contains("the workspace"), expected);
            assertEquals(expected, Files.readString(applied.resolve(page), StandardCharsets.UTF_8), page);
        }
    }

    // checks apart from the engine

    private int checkEveryPage(Path site, Map<Path, String> before, UnaryOperator<String> replace) throws IOException {
        return checkEveryPageUnderKeys(site, before, replace, null);
    }

    /** Checks each page and returns how many changed. */
    private int checkEveryPageUnderKeys(Path site, Map<Path, String> before, UnaryOperator<String> replace,
                                        List<String> keys)
            throws IOException {
        int changed = 0;
        for (Map.Entry<Path, String> e : before.entrySet()) {
            String old = e.getValue();
            String now = Files.readString(site.resolve(e.getKey()), StandardCharsets.UTF_8);
            String[] a = split(old);
            if (a == null || !ArchiveReader.read(site.resolve(e.getKey())).parsed()) {
                assertEquals(old, now, "a page that does not parse is left alone: " + e.getKey());
                continue;
            }
            String[] b = split(now);
            assertEquals(a[1], b[1], "the body: " + e.getKey());
            Object expected = transform(new Yaml().load(a[0]), replace, keys, null);
            assertEquals(expected, new Yaml().load(b[0]), "the data: " + e.getKey());
            assertOnlyChangedValuesLinesMove(e.getKey(), old, now, a[0], b[0]);
            changed += old.equals(now) ? 0 : 1;
        }
        return changed;
    }

    /** Every string value replaced (keys are left as they are); with keys, only values under those keys. */
    @SuppressWarnings("unchecked")
    private static Object transform(Object data, UnaryOperator<String> replace, List<String> keys, String key) {
        if (data instanceof String s) {
            return keys == null || keys.contains(key) ? replace.apply(s) : s;
        }
        if (data instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, transform(v, replace, keys, String.valueOf(k))));
            return out;
        }
        if (data instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(transform(v, replace, keys, key)));
            return out;
        }
        return data;
    }

    /** Every line the diff takes out or puts in is within (or, for an insertion, right after) a changed value. */
    private static void assertOnlyChangedValuesLinesMove(Path page, String old, String now, String fmOld, String fmNow) {
        TreeSet<Integer> mayMove = new TreeSet<>();
        Map<String, ScalarNode> after = new TreeMap<>();
        scalars(new Yaml().compose(new StringReader(fmNow)), "", after);
        Map<String, ScalarNode> beforeNodes = new TreeMap<>();
        scalars(new Yaml().compose(new StringReader(fmOld)), "", beforeNodes);
        beforeNodes.forEach((path, node) -> {
            ScalarNode n = after.get(path);
            if (n == null || !n.getValue().equals(node.getValue())) {
                int last = node.getEndMark().getColumn() == 0 ? node.getEndMark().getLine() - 1 : node.getEndMark().getLine();
                for (int line = node.getStartMark().getLine(); line <= last; line++) {
                    mayMove.add(line + 1); // the opening fence is line 0 of the file
                }
            }
        });
        List<String> a = old.lines().toList();
        for (AbstractDelta<String> d : DiffUtils.diff(a, now.lines().toList()).getDeltas()) {
            int from = d.getSource().getPosition();
            if (d.getSource().size() == 0) {
                assertTrue(mayMove.contains(from - 1), page + ": a line put in after line " + from + " of no changed value");
            }
            for (int i = from; i < from + d.getSource().size(); i++) {
                assertTrue(mayMove.contains(i), page + ": line " + (i + 1) + " changed, and holds no changed value: "
                        + a.get(i));
            }
        }
    }

    private static void scalars(Node node, String path, Map<String, ScalarNode> out) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
            out.put(path, s);
        } else if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                scalars(t.getValueNode(), path + "/" + ((ScalarNode) t.getKeyNode()).getValue(), out);
            }
        } else if (node instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                scalars(s.getValue().get(i), path + "[" + i + "]", out);
            }
        }
    }

    /** The front matter and the body of a page, or null when its front matter does not load. */
    private static String[] split(String text) {
        Matcher fence = Pattern.compile("(?m)^---[ \\t]*\\r?$").matcher(text);
        if (!fence.find() || fence.start() != 0 || !fence.find()) {
            return null;
        }
        String fm = text.substring(text.indexOf('\n') + 1, fence.start());
        try {
            new Yaml().load(fm);
        } catch (RuntimeException e) {
            return null;
        }
        return new String[] {fm, text.substring(fence.end())};
    }

    // the site and the runs

    private Path copyOfTheSite(String name) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("_books")), "the real site is not beside the project");
        Path site = dir.resolve(name);
        for (String part : List.of("_books", "_podcast", "_people", "_config.yml")) {
            Path from = CORPUS.resolve(part);
            try (Stream<Path> all = Files.walk(from)) {
                for (Path p : all.toList()) {
                    Path to = site.resolve(CORPUS.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                        to.toFile().setWritable(true);
                    }
                }
            }
        }
        return site;
    }

    /** The pages of the books and podcasts by their path in the site. */
    private static Map<Path, String> pages(Path site) throws IOException {
        Map<Path, String> out = new TreeMap<>();
        for (String collection : List.of("_books", "_podcast")) {
            try (Stream<Path> files = Files.list(site.resolve(collection))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    out.put(site.relativize(p), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private int run(String... args) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        int status = ArchivistCommand.run(w, w, args);
        w.flush();
        return status;
    }

    /** Runs the command line in its own JVM, in a folder, as a person would: {@code cd site; archivist ...}. */
    private void process(Path cwd, Path stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-D" + AtomicSave.BACKUPS_PROPERTY + "=" + dir.resolve("backups"),
                "-cp", System.getProperty("java.class.path"), "dev.archivist.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the run ended");
    }

    private static boolean gitApply(Path cwd, Path patch) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("git", "apply", "--verbose", patch.toString()).directory(cwd.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return false;
        }
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), "git apply: " + said);
        return true;
    }
}
