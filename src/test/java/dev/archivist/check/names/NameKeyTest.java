package dev.archivist.check.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void fingerprintIgnoresCaseAccentsWordOrderAndPunctuation() {
        String key = NameKey.fingerprint("Serg Masís");
        assertEquals("masis serg", key);
        assertEquals(key, NameKey.fingerprint("  serg   MASIS "));
        assertEquals(key, NameKey.fingerprint("Masis, Serg"));
        assertEquals(key, NameKey.fingerprint("Serg Serg Masis"));
    }

    @Test
    void foldSpellsOutLettersThatDoNotDecompose() {
        assertEquals("philip diessner", NameKey.fold("Philip Dießner"));
        assertEquals("aeoelz", NameKey.fold("ÆØŁZ"));
        assertEquals("savas yildirim", NameKey.fold("Savaş Yıldırım"));
        assertEquals("duc pham", NameKey.fold("Đức Phạm"));
    }

    @Test
    void hyphenatedNamesKeepTheirWordsTogether() {
        assertEquals("asgarichenaghlu meysam", NameKey.fingerprint("Meysam Asgari-chenaghlu"));
        assertNotEquals(NameKey.fingerprint("Meysam Asgari Chenaghlu"), NameKey.fingerprint("Meysam Asgari-Chenaghlu"));
    }

    @Test
    void ngramFingerprintMeetsWhereSpacesDiffer() {
        assertEquals(NameKey.ngramFingerprint("Meysam Asgari Chenaghlu", 2),
                NameKey.ngramFingerprint("Meysam Asgari-Chenaghlu", 2));
        assertEquals(NameKey.ngramFingerprint("WingCode", 2), NameKey.ngramFingerprint("Wing Code", 2));
        assertNotEquals(NameKey.ngramFingerprint("David Sweet", 2), NameKey.ngramFingerprint("David Mertz", 2));
    }

    @Test
    void squashReadsANameAsASiteId() {
        assertEquals("meoramer", NameKey.squash("Meor Amer"));
        assertEquals("kenyouensclark", NameKey.squash("Ken Youens-Clark"));
    }
}
