package dev.archivist.gui.common;

import java.lang.management.ManagementFactory;

/** Prints how long after JVM start a milestone was reached, with {@code -Darchivist.timing=true}. */
public final class UiTiming {
    private static final boolean ON = Boolean.getBoolean("archivist.timing");

    private UiTiming() {
    }

    public static boolean enabled() {
        return ON;
    }

    private static long maxEditNanos;
    private static long edits;

    /** Records how long an edit held the FX thread (called on the FX thread). */
    public static void edit(long nanos) {
        if (ON) {
            maxEditNanos = Math.max(maxEditNanos, nanos);
            edits++;
        }
    }

    /** The longest edit since the last call, in ms, and how many there were; resets both. */
    public static String takeEdits() {
        String s = edits == 0 ? "" : String.format(", %d edits, longest %.1f ms", edits, maxEditNanos / 1e6);
        maxEditNanos = 0;
        edits = 0;
        return s;
    }

    public static void mark(String what) {
        if (ON) {
            long start = ManagementFactory.getRuntimeMXBean().getStartTime();
            // the marking thread's CPU time too: under load it tells work from waiting
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.printf("[timing] %-28s %6d ms after JVM start (%s cpu %d ms)%n", what,
                    System.currentTimeMillis() - start, Thread.currentThread().getName(), cpu);
        }
    }
}
