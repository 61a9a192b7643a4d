package dev.archivist.gui.main;

import dev.archivist.gui.common.UiTiming;
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

    /** With timing on: notes the first laid-out frame of the scene and starts reporting frame gaps. */
    static void startIfTiming(javafx.scene.Scene scene) {
        if (!UiTiming.enabled()) {
            return;
        }
        markNextLayout(scene, "first frame laid out");
        new FrameMonitor().start();
    }

    /** With timing on: notes when the scene is next laid out (a page just opened is on screen). */
    static void markNextLayout(javafx.scene.Scene scene, String what) {
        if (!UiTiming.enabled() || scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            UiTiming.mark(what);
            scene.removePostLayoutPulseListener(once[0]);
        };
        scene.addPostLayoutPulseListener(once[0]);
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
                    (now - windowStart) / 1e9, maxGap / 1e6, UiTiming.takeEdits());
            windowStart = now;
            maxGap = 0;
            frames = 0;
        }
    }
}
