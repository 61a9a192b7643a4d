package dev.archivist.check.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamePartsTest {

    @Test
    void pronounsInParenthesesAreASuffix() {
        NameParts p = NameParts.of("Cathy Chen (she/her)");
        assertEquals("Cathy Chen", p.base());
        assertEquals("she/her", p.suffix());
        assertEquals(List.of("cathy", "chen"), p.tokens());
        assertTrue(p.hasSuffix());
    }

    @Test
    void pronounsAndRolesAfterASeparatorAreASuffix() {
        assertEquals("Cathy Chen", NameParts.of("Cathy Chen she/her").base());
        assertEquals("Jane Doe", NameParts.of("Jane Doe | Data Scientist").base());
        assertEquals("edchuy", NameParts.of("Edwin Chuy (edchuy)").suffix());
    }

    @Test
    void anHonorificIsNotPartOfTheName() {
        NameParts p = NameParts.of("Dr Abdulrahman Baqais");
        assertEquals("Abdulrahman Baqais", p.base());
        assertTrue(p.full());
        assertEquals("Dr", NameParts.of("Dr").base());
    }

    @Test
    void anInitialIsALoneLetter() {
        NameParts p = NameParts.of("Denis L.");
        assertEquals(List.of("denis", "l"), p.tokens());
        assertTrue(p.hasInitial());
        assertFalse(p.full());
        assertEquals(List.of("ennio", "m", "a"), NameParts.of("Ennio M.A.").tokens());
    }

    @Test
    void aHyphenatedFamilyNameIsOneWord() {
        NameParts p = NameParts.of("Ken Youens-Clark");
        assertEquals("ken", p.first());
        assertEquals(List.of("youensclark"), p.rest());
    }
}
