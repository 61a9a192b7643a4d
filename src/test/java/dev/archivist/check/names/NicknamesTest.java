package dev.archivist.check.names;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NicknamesTest {

    @Test
    void aShortFormIsTheSameGivenName() {
        assertTrue(Nicknames.same("mike", "michael"));
        assertTrue(Nicknames.same("douglas", "doug"));
        assertTrue(Nicknames.same("joe", "joseph"));
        assertTrue(Nicknames.same("bob", "rob"));
    }

    @Test
    void differentGivenNamesAreNot() {
        assertFalse(Nicknames.same("mike", "mark"));
        assertFalse(Nicknames.same("denis", "david"));
        assertFalse(Nicknames.same("jon", "jonas"));
    }
}
