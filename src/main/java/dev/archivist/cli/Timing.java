package dev.archivist.cli;

import java.lang.management.ManagementFactory;

/**
 * Phase timings of a command, printed to standard error with {@code -Darchivist.timing=true}
 * (milliseconds since the last mark and since JVM start), for the benchmark's "where the time goes".
 */
final class Timing {
    private static final boolean ON = Boolean.getBoolean("archivist.timing");
    private long last = System.nanoTime();
    private long lastCpu = cpu();

    void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        long cpu = cpu();
        System.err.printf("timing: %-12s %6d ms  (at %d ms, %d ms on the CPUs)%n", phase, (now - last) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime(), (cpu - lastCpu) / 1_000_000);
        last = now;
        lastCpu = cpu;
    }

    /** The CPU time of the whole process (all threads, the collector's and compiler's too), or 0. */
    private static long cpu() {
        return ON && ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
