package dev.archivist;

import dev.archivist.cli.ArchivistCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run behind {@link ClassDataCache}: runs the batch commands over a generated page
 * with the faults of a Slack export, so the JVM that dumps the class data archive has loaded the
 * classes a real run needs. Writes only in a temporary folder (backups included), which it removes.
 */
public final class Training {
    /** Enough threads for the parallel paths (chunked parsing, parallel checks) to be taken. */
    private static final int THREADS = 1200;

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("archivist-training");
        try {
            System.setProperty("archivist.backups", dir.resolve("backups").toString());
            Path page = Files.writeString(dir.resolve("20220321-training.md"), page(THREADS));
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            String file = page.toString();
            ArchivistCommand.run(nowhere, nowhere, "check", file);
            ArchivistCommand.run(nowhere, nowhere, "check", "--json", file);
            ArchivistCommand.run(nowhere, nowhere, "format", "--check", file);
            ArchivistCommand.run(nowhere, nowhere, "fix", "--dry-run", "--diff", file);
            ArchivistCommand.run(nowhere, nowhere, "preview", file, "-o", dir.resolve("page.html").toString());
            ArchivistCommand.run(nowhere, nowhere, "fix", file);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A page as the Slack exporter wrote them: escaped non-ASCII, entities, shortcodes, Slack links, tracking. */
    public static String page(int threads) {
        StringBuilder sb = new StringBuilder("""
                ---
                title: "Training: a Book of the Week"
                description: Book of the Week
                start: 2022-03-21 00:00:00
                end: 2022-03-25 22:59:58
                authors: [Ann Example]
                links:
                  - text: Book's page
                    link: https://www.example.com/book?utm_source=slack&ref=sr_1_1
                  - link: http://example.org/code
                archive:
                """);
        for (int i = 0; i < threads; i++) {
            sb.append("- name: ").append(i % 3 == 0 ? "ann example" : "Ann Example").append('\n')
                    .append("  text: \"Q&amp;A about caf\\xE9 :slightly_smiling_face: :thank_you: see <https://example.org/docs?utm_source=slack&amp;utm_medium=chat|the\\\n")
                    .append("    \\ docs> and [https://example.org/a](https://example.org/a) \\u201Cquoted\\u201D\\u200B\\\n")
                    .append("    \\ &lt;measure&gt; `code &amp; more` \\u2022 item\"\n")
                    .append("  replies:\n")
                    .append("  - name: Bo\n")
                    .append("    text: 'Thanks! www.example.com/x?fbclid=1 https://youtu.be/x?si=2&t=3 :wave::skin-tone-3:'\n");
        }
        return sb.append("---\n\nBody.\n").toString();
    }
}
