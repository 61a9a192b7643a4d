package dev.archivist.cli;

import java.lang.management.ManagementFactory;

/**
 * Phase timings of a command, printed to standard error with {@code -Darchivist.timing=true}
 * (milliseconds since the last mark and since JVM start), for the benchmark's "where the time goes".
 */
final class Timing {
    private static final boolean ON = Boolean.getBoolean("archivist.timing");
    private long last = System.nanoTime();

    void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        System.err.printf("timing: %-12s %6d ms  (at %d ms)%n", phase, (now - last) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime());
        last = now;
    }
}
