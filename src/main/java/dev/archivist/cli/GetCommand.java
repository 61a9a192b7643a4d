package dev.archivist.cli;

import dev.archivist.io.write.HouseStyle;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code get FILE PATH}: prints one value (a scalar as its text, a list or mapping as YAML). */
@Command(name = "get", description = "Print one value: title, links[0].link, archive[3].replies[1].text...")
final class GetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Parameters(index = "1", paramLabel = "PATH")
    String path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArchiveDocument doc = Reports.readParsed(file, spec.commandLine().getErr());
        if (doc == null) {
            return ArchivistCommand.ERROR;
        }
        Optional<YNode> node = YamlPath.parse(path).find(doc.root());
        if (node.isEmpty()) {
            spec.commandLine().getErr().println("archivist: no value at " + path + " in " + file);
            return ArchivistCommand.ERROR;
        }
        String text = node.get() instanceof YScalar s ? (s.isNull() ? "" : s.value()) : HouseStyle.write(node.get());
        spec.commandLine().getOut().println(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        spec.commandLine().getOut().flush();
        return ArchivistCommand.OK;
    }
}
