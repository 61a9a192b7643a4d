package dev.archivist.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaceTest {
    private static final String PAGE = """
            ---
            title: "Caf\\xE9 Data"   # a comment
            yes_key: 'yes'
            count: 12
            date: 2021-07-19
            flag: true
            data: data
            archive:
            - name: Data Person
              text: |-
                I use data daily.
                Big-data, dataset, DATA and data_lake.
            ---
            Data in the body stays.
            """;

    @TempDir
    Path dir;

    private EditSession open() throws Exception {
        Path page = dir.resolve("page.md");
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        return EditSession.open(ArchiveReader.read(page), null);
    }

    private static Replace.Query query(String find, String with, boolean regex, boolean word, boolean matchCase,
                                       String... keys) {
        return new Replace.Query(find, with, regex, word, matchCase, Set.of(keys));
    }

    @Test
    void findsInStringValuesOnlyNeverInKeysNumbersDatesOrBooleans() throws Exception {
        EditSession s = open();
        List<Replace.Match> found = Replace.find(s.root(), Replace.Query.plain("data", "x"));
        assertEquals(List.of("title", "data", "archive[0].name", "archive[0].text", "archive[0].text",
                "archive[0].text", "archive[0].text", "archive[0].text"),
                found.stream().map(m -> m.path().toString()).toList());
        assertEquals(0, Replace.find(s.root(), Replace.Query.plain("12", "x")).size());
        assertEquals(0, Replace.find(s.root(), Replace.Query.plain("2021", "x")).size());
        assertEquals(0, Replace.find(s.root(), Replace.Query.plain("true", "x")).size());
        assertEquals(1, Replace.find(s.root(), Replace.Query.plain("yes", "x")).size(), "'yes' is a string");
    }

    @Test
    void wholeWordAndCaseNarrowTheMatches() throws Exception {
        EditSession s = open();
        assertEquals(List.of("Data", "data", "data", "DATA"), Replace.find(s.root(), query("data", "x", false, true, false,
                "text", "name")).stream().map(Replace.Match::found).toList());
        assertEquals(List.of("data", "data", "data"), Replace.find(s.root(), query("data", "x", false, true, true))
                .stream().map(Replace.Match::found).toList());
    }

    @Test
    void replaceAllIsOneUndoStepAndOnlyTheChangedLinesMove() throws Exception {
        EditSession s = open();
        int n = s.replaceAll(query("data", "info", false, true, true, "text"));
        assertEquals(2, n);
        String text = s.pending().text();
        assertEquals(PAGE.replace("I use data daily.", "I use info daily.").replace("Big-data", "Big-info"), text);
        assertTrue(s.undo());
        assertFalse(s.isModified());
        assertEquals(PAGE, s.pending().text());
    }

    @Test
    void aReplacementThatReadsAsAnotherTypeStaysAString() throws Exception {
        EditSession s = open();
        s.replaceAll(query("^data$", "no", true, false, true, "data"));
        assertTrue(s.pending().text().contains("data: 'no'\n"), s.pending().text());
    }

    @Test
    void groupsInARegularExpressionAreWrittenBack() throws Exception {
        EditSession s = open();
        s.replaceAll(query("(\\w+)-data", "$1 data", true, false, false));
        assertTrue(s.pending().text().contains("Big data, dataset"), s.pending().text());
    }

    @Test
    void anEmptyMatchIsNoMatch() throws Exception {
        assertEquals(0, Replace.find(open().root(), query("x*", "y", true, false, false)).size());
    }

    @Test
    void aQueryThatDoesNotReadIsRefusedInWords() throws Exception {
        EditSession s = open();
        InvalidEdit e = assertThrows(InvalidEdit.class, () -> s.replaceAll(query("(data", "x", true, false, false)));
        assertTrue(e.getMessage().startsWith("the regular expression does not read: Unclosed group"), e.getMessage());
        e = assertThrows(InvalidEdit.class, () -> s.replaceAll(query("(data)", "$2", true, false, false)));
        assertTrue(e.getMessage().startsWith("the replacement does not read"), e.getMessage());
        assertThrows(InvalidEdit.class, () -> s.replaceAll(Replace.Query.plain("", "x")));
        assertFalse(s.isModified());
    }

    @Test
    void oneMatchIsReplacedAloneAndAStaleMatchIsRefused() throws Exception {
        EditSession s = open();
        List<Replace.Match> found = Replace.find(s.root(), query("data", "info", false, true, false, "text"));
        assertTrue(s.replace(found.get(1)));
        assertTrue(s.pending().text().contains("Big-info, dataset, DATA"), s.pending().text());
        InvalidEdit e = assertThrows(InvalidEdit.class, () -> s.replace(found.get(2)));
        assertEquals("the page changed since the search: search again", e.getMessage());
    }

    @Test
    void aValueReplacedByItselfKeepsItsNodeSoAMoveOnlyReindentsIt() throws Exception {
        EditSession s = open();
        // "(da)(ta)" to "$1$2" matches and writes the same text: no value changes, no node loses its source
        assertTrue(Replace.replaceAll(s.root(), query("(da)(ta)", "$1$2", true, false, false)) == s.root());
        assertEquals(0, s.replaceAll(query("(da)(ta)", "$1$2", true, false, false)));
        assertFalse(s.isModified());
    }
}
