package dev.archivist.gui.main;

import java.lang.management.ManagementFactory;

/** Prints how long after JVM start a milestone was reached, with {@code -Darchivist.timing=true}. */
public final class Timing {
    private static final boolean ON = Boolean.getBoolean("archivist.timing");

    private Timing() {
    }

    public static boolean enabled() {
        return ON;
    }

    public static void mark(String what) {
        if (ON) {
            long start = ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf("[timing] %-28s %6d ms after JVM start%n", what, System.currentTimeMillis() - start);
        }
    }
}
