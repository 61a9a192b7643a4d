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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit script's transcript operations: their lines, read and written, and a script run on an episode. */
class TranscriptOpsTest {
    @TempDir
    Path dir;

    private static YamlPath at(int i) {
        return YamlPath.of("transcript", i);
    }

    @Test
    void eachTranscriptLineReadsAsItsOperation() {
        Map<String, Op> lines = new LinkedHashMap<>();
        lines.put("{\"op\":\"split\",\"path\":\"transcript[2]\",\"at\":18}", new Op.Split(at(2), 18, null));
        lines.put("{\"op\":\"split\",\"path\":\"transcript[2]\",\"at\":18,\"time\":\"1:00:05\"}", new Op.Split(at(2), 18, 3605));
        lines.put("{\"op\":\"join\",\"path\":\"transcript[7]\"}", new Op.Join(at(7)));
        lines.put("{\"op\":\"move-lines\",\"path\":\"transcript[6]\",\"count\":2,\"section\":\"transcript[1]\"}",
                new Op.MoveLines(at(6), 2, at(1), null));
        lines.put("{\"op\":\"move-lines\",\"path\":\"transcript[6]\",\"before\":\"transcript[0]\"}",
                new Op.MoveLines(at(6), 1, null, at(0)));
        lines.put("{\"op\":\"add-section\",\"path\":\"transcript[3]\",\"header\":\"Guest\"}", new Op.AddSection(at(3), "Guest"));
        lines.put("{\"op\":\"delete-section\",\"path\":\"transcript[5]\"}", new Op.DeleteSection(at(5)));
        lines.put("{\"op\":\"move-section\",\"path\":\"transcript[8]\",\"before\":\"transcript[1]\"}",
                new Op.MoveSection(at(8), at(1)));
        lines.put("{\"op\":\"move-section\",\"path\":\"transcript[1]\"}", new Op.MoveSection(at(1), null));
        lines.put("{\"op\":\"set-time\",\"path\":\"transcript[6]\",\"time\":\"59:59\"}", new Op.SetTime(at(6), 3599));
        lines.put("{\"op\":\"set-time\",\"path\":\"transcript[6]\",\"sec\":3605}", new Op.SetTime(at(6), 3605));
        lines.forEach((line, op) -> assertEquals(op, EditScript.parse(line), line));
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
