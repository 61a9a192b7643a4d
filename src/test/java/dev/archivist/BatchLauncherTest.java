package dev.archivist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchLauncherTest {

    @Test
    void onlyLargeFileArgumentsRunInATunedChild(@TempDir Path dir) throws IOException {
        Path small = Files.writeString(dir.resolve("small.md"), "---\ntitle: x\n---\n");
        Path large = dir.resolve("large.md");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(BatchLauncher.FORK_FROM_BYTES);
        }
        assertFalse(BatchLauncher.worthForking(new String[] {"check", small.toString()}));
        assertFalse(BatchLauncher.worthForking(new String[] {"check", dir.toString()}), "folders run in process");
        assertTrue(BatchLauncher.worthForking(new String[] {"check", large.toString()}));
    }

    @Test
    void theChildNeverForksAgainAndTheUserCanTurnItOff(@TempDir Path dir) throws IOException {
        Path large = dir.resolve("large.md");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(BatchLauncher.FORK_FROM_BYTES);
        }
        String[] args = {"check", large.toString()};
        for (String property : new String[] {"archivist.forked=true", "archivist.fork=false"}) {
            String[] kv = property.split("=");
            System.setProperty(kv[0], kv[1]);
            try {
                assertFalse(BatchLauncher.worthForking(args), property);
            } finally {
                System.clearProperty(kv[0]);
            }
        }
    }

    @Test
    void theChildStartsWithALargeYoungGenerationNeverAboveTheGivenMaximum() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("-XX:NewRatio=1", "-Xms512m"),
                BatchLauncher.heapOptions(6L << 30));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("-XX:NewRatio=1", "-Xms455m"),
                BatchLauncher.heapOptions(455L << 20), "a 512 MB maximum reads as less than 512 MB");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), BatchLauncher.heapOptions(32L << 20));
    }

    @Test
    void theChildKeepsTheUsersOptionsAndAddsOnlyTheBatchOnesTheyDoNotSettle() {
        java.util.List<String> plain = BatchLauncher.jvmOptions(java.util.List.of("-Xmx512m", "-XX:+UseG1GC"), 512L << 20);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseParallelGC", "-XX:NewRatio=1", "-Xms512m", BatchLauncher.TENURE_AT_ONCE), plain);
        java.util.List<String> tuned = BatchLauncher.jvmOptions(
                java.util.List.of("-Xmx1g", "-Xmn100m", "-XX:MaxTenuringThreshold=4"), 1L << 30);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("-Xmx1g", "-Xmn100m",
                "-XX:MaxTenuringThreshold=4", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC"), tuned,
                "a user's own heap and tenuring settings win");
    }
}
