package dev.archivist.gui.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EpisodeDurationTest {

    @Test
    void isoDurationsAreShownAsClocks() {
        assertEquals("1:05:29", EpisodeDuration.shown("PT01H05M29S"));
        assertEquals("1:00:29", EpisodeDuration.shown("PT01H29S"));
        assertEquals("soon", EpisodeDuration.shown("soon"));
    }

    @Test
    void typedClocksAreWrittenWithThePartsTheOldValueHad() {
        assertEquals("PT01H06M00S", EpisodeDuration.iso(EpisodeDuration.typed("1:06:00").orElseThrow(), "PT01H05M29S"));
        assertEquals("PT01H31S", EpisodeDuration.iso(EpisodeDuration.typed("1:00:31").orElseThrow(), "PT01H29S"));
        assertEquals("PT01H02M31S", EpisodeDuration.iso(EpisodeDuration.typed("1:02:31").orElseThrow(), "PT01H29S"));
        assertEquals("PT00H45M10S", EpisodeDuration.iso(EpisodeDuration.typed("45:10").orElseThrow(), null));
        assertTrue(EpisodeDuration.typed("1:75").isEmpty());
        assertEquals(Optional.empty(), EpisodeDuration.typed("an hour"));
    }
}
