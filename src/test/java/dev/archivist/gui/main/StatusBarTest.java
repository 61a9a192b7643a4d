package dev.archivist.gui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatusBarTest {
    @Test
    void noProblemsIsSaidOnlyOnceACheckHasFoundNone() {
        assertEquals("Checking…", StatusBar.problemsText(0, true));
        assertEquals("No problems", StatusBar.problemsText(0, false));
        assertEquals("1 problem", StatusBar.problemsText(1, true));
        assertEquals("21 problems", StatusBar.problemsText(21, false));
    }
}
