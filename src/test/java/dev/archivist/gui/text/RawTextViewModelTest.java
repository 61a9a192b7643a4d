package dev.archivist.gui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.io.read.ArchiveReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawTextViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenPageSelectsTheLineOfTheQuoteNeverClosedNotWhereTheParserStopped() throws Exception {
        Path page = dir.resolve("page.md");
        Files.writeString(page, """
                ---
                title: Broken
                archive:
                - name: Bo
                  text: "Where does this text end?
                  replies:
                  - name: Dana
                    text: "It never does."
                ---
                """);
        RawTextViewModel vm = new RawTextViewModel(ArchiveReader.read(page), null);
        int[] range = vm.errorRange();
        String text = vm.textProperty().get();
        assertEquals("  text: \"Where does this text end?", text.substring(range[0], range[1]));
        assertEquals(text.indexOf('"', range[0]), range[2], "the caret at the quote");
    }
}
