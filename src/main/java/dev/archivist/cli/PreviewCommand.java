package dev.archivist.cli;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.render.PageRenderer;
import dev.archivist.site.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code preview FILE [-o OUT.html]}: the page as the site shows it, as one standalone HTML file. */
@Command(name = "preview", description = "Write the page as the site shows it: one HTML file with its CSS inline "
        + "and images referenced by absolute file URLs (to standard output without -o).")
final class PreviewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.html", description = "Write to this file.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArchiveDocument doc = Reports.readParsed(file, spec.commandLine().getErr());
        if (doc == null) {
            return ArchivistCommand.ERROR;
        }
        String html = new PageRenderer().renderPage(doc.book(), doc.body(), Site.around(file).orElse(null));
        if (output == null) {
            PrintWriter out = Output.of(spec);
            out.print(html);
            out.flush();
            return ArchivistCommand.OK;
        }
        try {
            Files.writeString(output, html, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + output);
            spec.commandLine().getOut().flush();
            return ArchivistCommand.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("archivist: cannot write " + output + ": " + e.getMessage());
            return ArchivistCommand.ERROR;
        }
    }
}
