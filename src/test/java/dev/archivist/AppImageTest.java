package dev.archivist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application image of {@code mvn -Papp package} (issue 19, decision 0024): its command-line
 * launcher says and does what {@code java -jar target/archivist.jar} says and does. Runs only when
 * the image is there: {@code mvn -Papp package -DskipTests}, then {@code mvn test -Dtest=AppImageTest}.
 */
class AppImageTest {
    private static final Path IMAGE = Path.of("target", "app", "Archivist");
    private static final Path LAUNCHER = IMAGE.resolve("bin").resolve("archivist");
    private static final Path JAR = Path.of("target", "archivist.jar");

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static void assumeImage() {
        assumeTrue(Files.isExecutable(LAUNCHER), "no application image: mvn -Papp package builds it");
        assumeTrue(Files.isRegularFile(JAR), "no target/archivist.jar: mvn package builds it");
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Result launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private Result jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    @Test
    void theLauncherChecksAsTheJarDoes() throws Exception {
        assumeImage();
        Result image = launcher("check", "samples");
        Result jar = jar("check", "samples");
        assertEquals(jar.exit(), image.exit(), image.err());
        assertEquals(jar.out(), image.out());
        assertTrue(image.out().contains("book-of-the-week.md"), image.out());
    }

    @Test
    void theLauncherFixesAsTheJarDoes() throws Exception {
        assumeImage();
        Path byImage = copyOfSamples("image");
        Path byJar = copyOfSamples("jar");
        Result image = launcher("fix", byImage.toString());
        Result jar = jar("fix", byJar.toString());
        assertEquals(jar.exit(), image.exit(), image.err());
        assertEquals(jar.out().replace(byJar.toString(), "DIR"), image.out().replace(byImage.toString(), "DIR"));
        assertTrue(image.out().contains("fixed "), image.out());
        String fixed = Files.readString(byImage.resolve("book-of-the-week.md"));
        assertEquals(Files.readString(byJar.resolve("book-of-the-week.md")), fixed);
        assertTrue(!fixed.equals(Files.readString(Path.of("samples", "book-of-the-week.md"))), "fix changed nothing");
    }

    @Test
    void theCommandLineLauncherHasTheBatchOptionsAndTheEditorNone() throws IOException {
        assumeImage();
        List<String> cli = Files.readAllLines(IMAGE.resolve("lib").resolve("app").resolve("archivist.cfg"));
        List<String> editor = Files.readAllLines(IMAGE.resolve("lib").resolve("app").resolve("Archivist.cfg"));
        assertTrue(cli.contains("java-options=-XX:TieredStopAtLevel=1"), cli.toString());
        assertTrue(editor.stream().noneMatch(line -> line.contains("-XX:")), editor.toString());
    }

    private Path copyOfSamples(String name) throws IOException {
        Path to = dir.resolve(name);
        Path from = Path.of("samples");
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
