package dev.archivist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void optionsBeforeTheJarAreTheJvmOptions() {
        assertEquals(List.of("-Xmx512m", "-Darchivist.timing=true"), LaunchOptions.fromCommandLine(
                List.of("java", "-Xmx512m", "-Darchivist.timing=true", "-jar", "target/archivist.jar", "fix", "-Xss1m")));
    }

    @Test
    void theClassPathAndTheMainClassAreNotOptions() {
        assertEquals(List.of("-ea", "-Xlog:gc"), LaunchOptions.fromCommandLine(
                List.of("/usr/bin/java", "-ea", "-cp", "a.jar:b.jar", "-Xlog:gc", "dev.archivist.Main", "check", "-x")));
        assertEquals(List.of(), LaunchOptions.fromCommandLine(List.of("java", "-classpath", "a.jar", "Main")));
    }

    @Test
    void shapesItCannotReadExactlyAreLeftToTheManagementApi() {
        assertNull(LaunchOptions.fromCommandLine(List.of("java", "@options.txt", "-jar", "a.jar")));
        assertNull(LaunchOptions.fromCommandLine(List.of("java", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", "a.jar")));
        assertNull(LaunchOptions.fromCommandLine(List.of("java", "-p", "mods", "-m", "app/app.Main")));
        assertNull(LaunchOptions.fromCommandLine(List.of("java", "-showversion", "-jar", "a.jar")));
        assertNull(LaunchOptions.fromCommandLine(List.of("java", "-Xmx1g")), "no main class or JAR: not a launch");
        assertNull(LaunchOptions.fromCommandLine(List.of()));
    }

    @Test
    void procCmdlineIsSplitAtEachNul() {
        byte[] raw = "java\0-Xmx512m\0-jar\0caf\u00e9.jar\0".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("java", "-Xmx512m", "-jar", "caf\u00e9.jar"), LaunchOptions.split(raw));
        assertEquals(List.of("a", "b"), LaunchOptions.split("a\0b".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thisProcessGetsWhatTheManagementApiSays() throws IOException {
        List<String> expected = ManagementFactory.getRuntimeMXBean().getInputArguments();
        assertEquals(expected, LaunchOptions.ofThisProcess());
        Path own = Path.of("/proc/self/cmdline");
        Assumptions.assumeTrue(Files.isReadable(own), "not Linux");
        // surefire starts this JVM as java [options] -jar surefirebooter.jar: read from the command line itself
        assertEquals(expected, LaunchOptions.fromCommandLine(LaunchOptions.split(Files.readAllBytes(own))));
    }
}
