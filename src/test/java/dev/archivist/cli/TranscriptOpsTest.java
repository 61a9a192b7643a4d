package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.cli.CommandLineTest.Run;
import dev.archivist.edit.InvalidEdit;
import dev.archivist.edit.Op;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.model.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit script's transcript operations: their lines, read and written, and a script run on an episode. */
class TranscriptOpsTest {
    @TempDir
    Path dir;

    @Test
    void eachTranscriptLineReadsAsItsOperationAndIsWrittenBackTheSame() {
        List<String> lines = List.of(
                "{\"op\":\"split\",\"path\":\"transcript[2]\",\"at\":18}",
                "{\"op\":\"split\",\"path\":\"transcript[2]\",\"at\":18,\"time\":\"1:00:05\"}",
                "{\"op\":\"join\",\"path\":\"transcript[7]\"}",
                "{\"op\":\"move-lines\",\"path\":\"transcript[6]\",\"count\":2,\"section\":\"transcript[1]\"}",
                "{\"op\":\"move-lines\",\"path\":\"transcript[9]\",\"count\":1,\"before\":\"transcript[2]\"}",
                "{\"op\":\"add-section\",\"path\":\"transcript[3]\",\"header\":\"Guest\"}",
                "{\"op\":\"delete-section\",\"path\":\"transcript[5]\"}",
                "{\"op\":\"move-section\",\"path\":\"transcript[8]\",\"before\":\"transcript[1]\"}",
                "{\"op\":\"move-section\",\"path\":\"transcript[1]\"}",
                "{\"op\":\"set-time\",\"path\":\"transcript[6]\",\"time\":\"59:59\"}");
        for (String line : lines) {
            assertEquals(line, EditScript.write(EditScript.parse(line)));
        }
        assertEquals(new Op.SetTime(YamlPath.parse("transcript[6]"), 3605),
                EditScript.parse("{\"op\":\"set-time\",\"path\":\"transcript[6]\",\"sec\":3605}"));
        assertEquals(new Op.MoveLines(YamlPath.parse("transcript[6]"), 1, null, YamlPath.parse("transcript[0]")),
                EditScript.parse("{\"op\":\"move-lines\",\"path\":\"transcript[6]\",\"before\":\"transcript[0]\"}"));
    }

    @Test
    void aLineMissingWhatItNeedsIsRefusedWithAReason() {
        for (String bad : List.of("{\"op\":\"split\",\"path\":\"transcript[2]\"}",
                "{\"op\":\"split\",\"path\":\"transcript[2]\",\"at\":\"3\"}",
                "{\"op\":\"set-time\",\"path\":\"transcript[2]\"}",
                "{\"op\":\"set-time\",\"path\":\"transcript[2]\",\"time\":\"1:00\",\"sec\":61}",
                "{\"op\":\"set-time\",\"path\":\"transcript[2]\",\"time\":65}",
                "{\"op\":\"add-section\",\"path\":\"transcript[2]\"}",
                "{\"op\":\"join\"}")) {
            assertThrows(IllegalArgumentException.class, () -> EditScript.parse(bad), bad);
        }
        assertThrows(InvalidEdit.class, () -> EditScript.parse("{\"op\":\"set-time\",\"path\":\"transcript[2]\",\"time\":\"1:75\"}"));
        assertThrows(InvalidEdit.class, () -> EditScript.parse(
                "{\"op\":\"move-lines\",\"path\":\"transcript[2]\",\"section\":\"transcript[1]\",\"before\":\"transcript[0]\"}"));
    }

    @Test
    void aScriptOfTranscriptOperationsRunsAndSaves() throws Exception {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, dir.resolve("backups").toString());
        try {
            Path page = Files.writeString(dir.resolve("episode.md"), "---\ntranscript:\n- header: A\n- line: One. Two.\n"
                    + "  sec: 65\n  time: '1:05'\n  who: Ann\n- header: B\n---\n");
            Path script = Files.writeString(dir.resolve("ops.jsonl"), String.join("\n",
                    "{\"op\":\"split\",\"path\":\"transcript[1]\",\"at\":4,\"time\":\"1:07\"}",
                    "{\"op\":\"move-lines\",\"path\":\"transcript[2]\",\"section\":\"transcript[3]\"}",
                    "{\"op\":\"set-time\",\"path\":\"transcript[1]\",\"sec\":3600}",
                    "{\"op\":\"join\",\"path\":\"transcript[1]\"}",
                    "{\"op\":\"save\"}") + "\n");
            Run r = CommandLineTest.run("edit", page.toString(), "--script", script.toString());
            assertEquals(2, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains("ops.jsonl:4: transcript[1] starts a section"), r.err());
            Files.writeString(script, Files.readString(script).replace("{\"op\":\"join\",\"path\":\"transcript[1]\"}\n", ""));
            r = CommandLineTest.run("edit", page.toString(), "--script", script.toString());
            assertEquals(0, r.exit(), r.out() + r.err());
            assertEquals("---\ntranscript:\n- header: A\n- line: One.\n  sec: 3600\n  time: '1:00:00'\n  who: Ann\n"
                    + "- header: B\n- line: Two.\n  sec: 67\n  time: '1:07'\n  who: Ann\n---\n", Files.readString(page));
        } finally {
            System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
        }
    }
}
