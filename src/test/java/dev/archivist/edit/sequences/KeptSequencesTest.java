package dev.archivist.edit.sequences;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The smallest sequences random runs once found breaking a promise, replayed with every promise
 * checked. Each file in {@code src/test/resources/sequences/} is an edit script named
 * {@code <collection>--<page>--<seed>.jsonl}: {@code edge} and {@code samples} pages are the
 * project's own, {@code _books} and {@code _podcast} pages are the real site's.
 */
class KeptSequencesTest {
    static final Path KEPT = Path.of("src/test/resources/sequences");

    @org.junit.jupiter.api.AfterAll
    static void removeWork() throws IOException {
        EditSequencesTest.removeWork();
    }

    @TestFactory
    Stream<DynamicTest> everyKeptSequenceKeepsEveryPromise() throws IOException {
        Path work = EditSequencesTest.work().resolve("kept");
        List<Path> files;
        try (Stream<Path> s = Files.list(KEPT)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        if (files.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("no sequence kept yet", () -> { }));
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String[] parts = f.getFileName().toString().split("--");
            Path page = switch (parts[0]) {
                case "samples" -> EditSequencesTest.SAMPLES.resolve(parts[1]);
                case "edge" -> EditSequencesTest.SAMPLES.resolve("edge").resolve(parts[1]);
                default -> EditSequencesTest.CORPUS.resolve(parts[0]).resolve(parts[1]);
            };
            Assumptions.assumeTrue(Files.exists(page), "no " + page);
            List<Act> acts = Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(Act::parse).toList();
            assertNull(EditSequencesTest.replay(page, acts, work.resolve(f.getFileName().toString())));
        }));
    }
}
