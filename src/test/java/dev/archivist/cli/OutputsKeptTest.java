package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output byte of {@code check --json}, {@code fix} and {@code format} on the samples and
 * the real site stays what it was when the hashes in {@code src/test/resources/outputs.tsv} were
 * taken: a change that is meant only to simplify or speed up the code must not move them. A
 * change that is meant to change them says so, and updates the file with
 * {@code -Doutputs.update=true} (which writes the new hashes and passes).
 */
class OutputsKeptTest {
    static final Path HASHES = Path.of("src/test/resources/outputs.tsv");
    static final Path CORPUS = Path.of(System.getProperty("archivist.corpus", "../shared/corpus/site"));

    @TempDir
    Path dir;

    /** The folders whose pages are held: the samples' pages and, when present, the real site's books and episodes. */
    private List<Path> folders() {
        List<Path> out = new ArrayList<>(List.of(Path.of("samples/edge"), Path.of("samples")));
        for (String c : List.of("_books", "_podcast")) {
            if (Files.isDirectory(CORPUS.resolve(c))) {
                out.add(CORPUS.resolve(c));
            }
        }
        return out;
    }

    @Test
    void checkFixAndFormatWriteWhatTheyWrote() throws Exception {
        Map<String, String> now = new TreeMap<>();
        for (Path folder : folders()) {
            String name = folder.startsWith(CORPUS) ? "corpus/" + CORPUS.relativize(folder) : folder.toString();
            now.put(name + "\tcheck --json", hash(run("check", "--json", folder.toString()).replace(folder.toString(), "F").getBytes(StandardCharsets.UTF_8)));
            for (String[] command : List.of(new String[] {"fix"}, new String[] {"fix", "--kinds", "encoding,links,names"},
                    new String[] {"format"})) {
                Path copy = copyOf(folder, name.replace('/', '_') + String.join("", command));
                String report = run(concat(command, copy.toString())).replace(copy.toString(), "F");
                now.put(name + "\t" + String.join(" ", command) + " report", hash(report.getBytes(StandardCharsets.UTF_8)));
                try (Stream<Path> pages = Files.list(copy)) {
                    for (Path p : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                        now.put(name + "/" + p.getFileName() + "\t" + String.join(" ", command), hash(Files.readAllBytes(p)));
                    }
                }
            }
        }
        if (Boolean.getBoolean("outputs.update")) {
            List<String> lines = new ArrayList<>();
            now.forEach((k, v) -> lines.add(k + "\t" + v));
            Files.write(HASHES, lines, StandardCharsets.UTF_8);
            return;
        }
        Map<String, String> kept = new TreeMap<>();
        for (String line : Files.readAllLines(HASHES, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            kept.put(line.substring(0, tab), line.substring(tab + 1));
        }
        // without the real site, only the samples' rows are compared
        kept.keySet().retainAll(now.keySet());
        now.keySet().retainAll(kept.keySet().isEmpty() ? now.keySet() : kept.keySet());
        assertEquals(kept, now, "outputs moved; if that is meant, run with -Doutputs.update=true and say why in the commit");
    }

    private Path copyOf(Path folder, String name) throws IOException {
        Path to = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> pages = Files.list(folder)) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                Path copy = to.resolve(p.getFileName());
                Files.copy(p, copy);
                copy.toFile().setWritable(true, true);
            }
        }
        return to;
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    /**
     * What the command printed, the real site's root written as {@code S} and the checkout's own
     * folder as {@code P} wherever they stand (messages name the site root: CI checks out elsewhere).
     */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        ArchivistCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
        return out.toString().replace(CORPUS.toAbsolutePath().normalize().toString(), "S")
                .replace(Path.of("").toAbsolutePath().toString(), "P");
    }

    private static String hash(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                .substring(0, 16);
    }
}
