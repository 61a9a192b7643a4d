package dev.archivist.cli;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.PageKind;
import dev.archivist.render.PagePreview;
import dev.archivist.site.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code preview FILE [-o OUT.html]}: the page as the site shows it, as one standalone HTML file. */
@Command(name = "preview", description = "Write the page as the site shows it: one HTML file with its CSS inline "
        + "and images referenced by absolute file URLs (to standard output without -o). The output is never "
        + "the page itself, a Markdown page or a symbolic link.")
final class PreviewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.html", description = "Write to this file.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String refused = output == null ? null : refusal(file, output);
        if (refused != null) {
            err.println("archivist: preview: not writing " + output + ": " + refused);
            err.flush();
            return ArchivistCommand.ERROR;
        }
        ArchiveDocument doc = Reports.readParsed(file, err);
        if (doc == null) {
            return ArchivistCommand.ERROR;
        }
        String html;
        try {
            html = new PagePreview().render(PageKind.of(file, doc.root()), file, doc.root(), doc.body(),
                    Site.around(file).orElse(null));
        } catch (RuntimeException | StackOverflowError e) {
            // the Markdown renderer recurses once a level of nesting (block quotes, lists, emphasis)
            err.println("archivist: cannot preview " + file + ": " + (e instanceof StackOverflowError
                    ? "its Markdown is nested too deeply to render" : e.toString()));
            err.flush();
            return ArchivistCommand.ERROR;
        }
        if (output == null) {
            PrintWriter out = Output.of(spec);
            out.print(html);
            out.flush();
            return ArchivistCommand.OK;
        }
        try {
            // never through a link, even one made since it was looked at
            Files.writeString(output, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            spec.commandLine().getOut().println("wrote " + output);
            spec.commandLine().getOut().flush();
            return ArchivistCommand.OK;
        } catch (IOException e) {
            err.println("archivist: cannot write " + output + ": " + e.getMessage());
            return ArchivistCommand.ERROR;
        }
    }

    /**
     * Why the preview must not be written to {@code output}, or null when it may: a preview
     * replaces its output with HTML and keeps no backup, so it never writes over a page (the one
     * previewed above all) nor through a symbolic link to a file it cannot see.
     */
    static String refusal(Path page, Path output) {
        if (Files.isSymbolicLink(output)) {
            return "it is a symbolic link (give the file it points to, or another name)";
        }
        try {
            if (Files.exists(output) && Files.isSameFile(page, output)) {
                return "it is the page itself";
            }
        } catch (IOException e) {
            // the page cannot be read: reading it says so
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return "it is a Markdown page (a preview is HTML: name it .html)";
        }
        try {
            if (Files.isRegularFile(output) && dev.archivist.io.read.FrontMatterFence.opens(output)) {
                return "it starts with a front matter, so it is a page, not a preview";
            }
        } catch (IOException e) {
            // unreadable: writing it says why it cannot be written either
        }
        return null;
    }
}
