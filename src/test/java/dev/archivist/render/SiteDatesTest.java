package dev.archivist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The week's dates in the site's format. */
class SiteDatesTest {

    @Test
    void timestampsShowAsDayShortMonthYear() {
        assertEquals("The book of the week from 19 Jul 2021 to 23 Jul 2021",
                SiteDates.week("2021-07-19 00:00:00", "2021-07-23 22:59:58"));
    }

    @Test
    void monthsAreEnglishAndDaysUnpadded() {
        assertEquals("5 Sep 2022", SiteDates.format("2022-09-05 00:00:00"));
        assertEquals("1 May 2021", SiteDates.format("2021-05-01"));
        assertEquals("9 Dec 2020", SiteDates.format("2020-12-09T10:00"));
        assertEquals("9 Dec 2020", SiteDates.format("2020-12-9 1:02:03.5"));
    }

    @Test
    void unparseableDatesShowAsWritten() {
        assertEquals("{{ start }} 00:00:00", SiteDates.format("{{ start }} 00:00:00"));
        assertEquals("2021-02-30 00:00:00", SiteDates.format("2021-02-30 00:00:00"));
        assertEquals("next week", SiteDates.format("next week"));
    }

    @Test
    void missingEndIsLeftOutAndMissingStartDropsTheLine() {
        assertEquals("The book of the week from 19 Jul 2021", SiteDates.week("2021-07-19 00:00:00", null));
        assertNull(SiteDates.week(null, "2021-07-23 22:59:58"));
    }
}
