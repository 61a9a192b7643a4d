package dev.archivist;

/**
 * Generated pages with the faults of a Slack export, for tests of the checks, fixes and reports
 * over long pages. (Named for the class-data training run it once fed, which is gone: see
 * docs/decisions/0010-no-self-fork.md.)
 */
public final class Training {

    private Training() {
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
