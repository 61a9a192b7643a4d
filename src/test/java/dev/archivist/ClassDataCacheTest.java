package dev.archivist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataCacheTest {

    @Test
    void theKeyChangesWithTheJarAndTheRuntime(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "one");
        String key = ClassDataCache.key("jdk17", jar.toString());
        assertEquals(key, ClassDataCache.key("jdk17", jar.toString()));
        assertNotEquals(key, ClassDataCache.key("jdk21", jar.toString()));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        String touched = ClassDataCache.key("jdk17", jar.toString());
        assertNotEquals(key, touched, "a rebuilt JAR gets an archive of its own");
        Files.writeString(jar, "three");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        assertNotEquals(touched, ClassDataCache.key("jdk17", jar.toString()), "so does one of another size");
        assertNull(ClassDataCache.key("jdk17", dir.toString()), "a folder of classes changes without telling");
        assertNull(ClassDataCache.key("jdk17", dir.resolve("missing.jar").toString()));
    }

    @Test
    void aTrainingRunThatCannotDumpIsRecordedAndNotTriedAgain(@TempDir Path dir) {
        List<String> broken = List.of("-XX:+ThisOptionDoesNotExist");
        String cp = System.getProperty("java.class.path");
        assertEquals(List.of(), ClassDataCache.plan(dir, "k", broken, cp).options());
        assertTrue(Files.exists(dir.resolve("archivist-k.failed")));
        long start = System.nanoTime();
        assertEquals(List.of(), ClassDataCache.plan(dir, "k", broken, cp).options());
        assertTrue(System.nanoTime() - start < 500_000_000L, "no second training");
    }

    @Test
    void theTrainingRunMakesAnArchiveTheChildUsesWithoutASoundOnItsOutput(@TempDir Path dir) throws Exception {
        String cp = System.getProperty("java.class.path");
        List<String> options = ClassDataCache.plan(dir, "k", List.of("-Xmx256m"), cp).options();
        Path archive = dir.resolve("archivist-k.jsa");
        if (!Files.isRegularFile(archive)) {
            // a JDK without its base CDS archive cannot dump one: then nothing is used
            assertEquals(List.of(), options);
            assertTrue(Files.exists(dir.resolve("archivist-k.failed")));
            return;
        }
        assertTrue(options.contains("-XX:SharedArchiveFile=" + archive), options.toString());
        try (var files = Files.list(dir)) {
            assertEquals(Set.of("archivist-k.jsa"), files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                    "no half-written file is left");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        cmd.addAll(options);
        cmd.addAll(List.of("-Xlog:class+load=info:file=" + dir.resolve("classes.log"), "-cp", cp, Main.class.getName(), "--version"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals("Archivist 0.1.0", out.strip(), "the JVM's CDS messages never reach the output");
        assertTrue(Files.readString(dir.resolve("classes.log")).contains("dev.archivist.Main source: shared objects file"),
                "the child's classes come from the archive");
    }

    @Test
    void theTrainingPageCarriesTheFaultsOfAnExport() {
        String page = Training.page(3);
        ArchiveDocument doc = ArchiveReader.read(null, page.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.parsed(), () -> String.valueOf(doc.error()));
        Set<String> groups = Checks.run(CheckContext.of(doc, null)).stream().map(Problem::kind)
                .map(k -> k.id().substring(0, k.id().indexOf('.'))).collect(Collectors.toSet());
        assertTrue(groups.containsAll(Set.of("encoding", "links", "names")), groups.toString());
        assertFalse(page.contains("\r"));
    }

    @Test
    void onlyTheNewestArchivesAreKept(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 5; i++) {
            Path f = Files.writeString(dir.resolve("archivist-" + i + ".jsa"), "x");
            Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Files.writeString(dir.resolve("other.jsa"), "not ours");
        ClassDataCache.keepNewest(dir, 3);
        try (var files = Files.list(dir)) {
            assertEquals(Set.of("archivist-2.jsa", "archivist-3.jsa", "archivist-4.jsa", "other.jsa"),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }
}
