package dev.archivist.cli;

import dev.archivist.edit.EditSession;
import dev.archivist.edit.InvalidEdit;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.io.write.ScalarValues;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YNode;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code set FILE PATH VALUE}: changes one value in place; only its lines change. */
@Command(name = "set", description = "Change one value in place through the patcher (only its lines change).%n"
        + "The value is stored as text; a timestamp, number or boolean stays one when VALUE reads as that type.")
final class SetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Parameters(index = "1", paramLabel = "PATH")
    String path;

    @Parameters(index = "2", paramLabel = "VALUE")
    String value;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArchiveDocument doc = Reports.readParsed(file, spec.commandLine().getErr());
        if (doc == null) {
            return ArchivistCommand.ERROR;
        }
        YamlPath at = YamlPath.parse(path);
        if (at.isRoot()) {
            spec.commandLine().getErr().println("archivist: give a path to a value, such as title");
            return ArchivistCommand.ERROR;
        }
        EditSession session = EditSession.open(doc, null);
        try {
            YNode old = at.find(session.root()).orElse(null);
            if (session.set(at, ScalarValues.edit(old, value))) {
                session.save();
            }
            return ArchivistCommand.OK;
        } catch (InvalidEdit e) {
            spec.commandLine().getErr().println("archivist: " + e.getMessage());
            return ArchivistCommand.ERROR;
        } catch (WriteRefused e) {
            spec.commandLine().getErr().println(file + ": error: " + e.getMessage());
            return ArchivistCommand.ERROR;
        }
    }
}
