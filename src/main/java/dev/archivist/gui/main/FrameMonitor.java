package dev.archivist.gui.main;

import dev.archivist.gui.common.Timing;
import javafx.animation.AnimationTimer;

/**
 * With {@code -Darchivist.timing=true}, reports the longest gap between two frames every few
 * seconds: how long the FX thread was blocked (16 ms is one frame at 60 Hz).
 */
final class FrameMonitor extends AnimationTimer {
    private static final long REPORT_NANOS = 5_000_000_000L;
    private long last;
    private long windowStart;
    private long maxGap;
    private long frames;

    static void startIfTiming() {
        if (Timing.enabled()) {
            new FrameMonitor().start();
        }
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            maxGap = Math.max(maxGap, now - last);
            frames++;
        } else {
            windowStart = now;
        }
        last = now;
        if (now - windowStart >= REPORT_NANOS) {
            System.err.printf("[timing] frames: %d in %.1f s, longest gap %.1f ms%s%n", frames,
                    (now - windowStart) / 1e9, maxGap / 1e6, Timing.takeEdits());
            windowStart = now;
            maxGap = 0;
            frames = 0;
        }
    }
}
