package dev.archivist.gui.editor;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.List;

/** Node helpers for the generic editors: YAML typed by a person, without source spans. */
public final class Nodes {

    private Nodes() {
    }

    /**
     * Parses YAML a person typed as the value of a key. The nodes lose their spans, which point
     * into the typed text and not into the page.
     *
     * @throws IllegalArgumentException with the parser's message when the text is not YAML
     */
    public static YNode parseValue(String key, String yaml) {
        String indented = yaml.contains("\n") ? "\n" + yaml.strip().lines().map(l -> "  " + l)
                .reduce((a, b) -> a + "\n" + b).orElse("") : " " + yaml;
        String text = "---\n" + quoteKey(key) + ":" + indented + "\n---\n";
        ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, text);
        if (!doc.parsed()) {
            throw new IllegalArgumentException(doc.error().message());
        }
        return detachAll(doc.root().get(key).orElse(YScalar.nullValue()));
    }

    private static String quoteKey(String key) {
        return "'" + key.replace("'", "''") + "'";
    }

    /** The node and everything under it without source spans. */
    public static YNode detachAll(YNode node) {
        if (node instanceof YScalar s) {
            return s.detached();
        }
        if (node instanceof YMapping m) {
            List<YEntry> entries = new ArrayList<>();
            for (YEntry e : m.entries()) {
                entries.add(new YEntry(e.key().detached(), detachAll(e.value())));
            }
            return m.withEntries(entries);
        }
        YSequence s = (YSequence) node;
        List<YNode> items = new ArrayList<>();
        for (YNode item : s.items()) {
            items.add(detachAll(item));
        }
        return s.withItems(items);
    }
}
