package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A front matter may open with %YAML and %TAG directives and a document start line; nothing loses them. */
class DirectivesTest {
    private static final String HEAD = "%YAML 1.1\n%TAG !e! tag:example.com,2000:\n--- # doc\n";

    private static ArchiveDocument doc(String text) {
        ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, text);
        assertTrue(doc.parsed(), () -> String.valueOf(doc.error()));
        return doc;
    }

    @Test
    void formatKeepsTheDirectivesAndTheDocumentStartLine() throws WriteRefused {
        String text = "---\n%YAML 1.1\n--- # doc\ntitle: x\nlist: [a, b]\n---\nbody\n";
        ArchiveDocument d = doc(text);
        assertEquals(text, PageWriter.formatted(d, d.root(), d.body(), 0));
        assertEquals(Optional.empty(), ArchiveFormatter.firstDifference(d, 0));
        ArchiveDocument messy = doc("---\n" + HEAD + "# about\ntitle:   'x'\nlist: [a,   b]\n---\nbody\n");
        assertEquals("---\n" + HEAD + "# about\ntitle: x\nlist: [a, b]\n---\nbody\n",
                PageWriter.formatted(messy, messy.root(), messy.body(), 0));
        assertEquals(6, ArchiveFormatter.firstDifference(messy, 0).orElseThrow().line());
    }

    @Test
    void formatWritesTagsWithTheHandlesTheirDirectivesDeclare() throws WriteRefused {
        String fm = "%TAG !e! tag:example.com,2000:app/\n--- # doc\nx: !e!foo 1\nw: !e!bar {a: 1}\n"
                + "z: !<tag:example.com,2000:app/baz> 2\n";
        assertEquals(fm, ExplicitTagsTest.format(fm));
    }

    @Test
    void aRootTagOnTheDocumentStartLineIsKept() throws WriteRefused {
        String text = "---\n--- !!set\n? a\n? b\n---\nbody\n";
        ArchiveDocument d = doc(text);
        assertEquals("---\n--- !!set\na:\nb:\n---\nbody\n", PageWriter.formatted(d, d.root(), d.body(), 0));
    }

    @Test
    void editsKeepTheDirectives() throws WriteRefused {
        ArchiveDocument d = doc("---\n" + HEAD + "title: x\nn: 1\n---\nbody\n");
        YMapping changed = d.root().with("title", YScalar.str("new"));
        assertEquals("---\n" + HEAD + "title: new\nn: 1\n---\nbody\n", PageWriter.patched(d, changed, d.body()));
        List<YEntry> entries = new ArrayList<>(d.root().entries());
        entries.add(0, new YEntry(YScalar.str("first"), YScalar.str("f")));
        entries.remove(1);
        assertEquals("---\n" + HEAD + "first: f\nn: 1\n---\nbody\n",
                PageWriter.patched(d, YMapping.of(entries), d.body()));
        YMapping reordered = YMapping.of(List.of(d.root().entries().get(1), d.root().entries().get(0)));
        String text = PageWriter.patched(d, reordered, d.body());
        assertTrue(text.startsWith("---\n" + HEAD), text);
        YMapping none = YMapping.of(List.of());
        assertTrue(PageWriter.patched(d, none, d.body()).startsWith("---\n" + HEAD));
    }

    @Test
    void removingTheLastKeyLeavesTheDirectivesAndAnEmptyFrontMatter() throws WriteRefused {
        ArchiveDocument d = doc("---\n" + HEAD + "title: x\n---\nbody\n");
        assertEquals("---\n" + HEAD + "---\nbody\n", PageWriter.patched(d, d.root().without("title"), d.body()));
        ArchiveDocument plain = doc("---\ntitle: x\n---\nbody\n");
        assertEquals("---\n---\nbody\n", PageWriter.patched(plain, plain.root().without("title"), plain.body()));
    }

    @Test
    void aSaveThatWouldLoseTheDirectivesIsRefused() {
        ArchiveDocument d = doc("---\n" + HEAD + "title: x\n---\nbody\n");
        WriteRefused refused = org.junit.jupiter.api.Assertions.assertThrows(WriteRefused.class,
                () -> PageWriter.verify(d, "---\n--- # doc\ntitle: x\n---\nbody\n", d.root(), d.body()));
        assertTrue(refused.getMessage().contains("directives"), refused.getMessage());
    }

    @Test
    void aFrontMatterOfDirectivesAloneIsAnEmptyPageThatCanBeFilled() throws WriteRefused {
        // a bare '---' would close the front matter, as Jekyll reads it: the document start line has a comment
        String empty = "---\n%YAML 1.1\n--- # nothing yet\n---\nbody\n";
        ArchiveDocument d = doc(empty);
        assertEquals(0, d.root().entries().size());
        YMapping filled = d.root().with("title", YScalar.str("t"));
        assertEquals("---\n%YAML 1.1\n--- # nothing yet\ntitle: t\n---\nbody\n", PageWriter.patched(d, filled, d.body()));
        assertEquals(empty, PageWriter.formatted(d, d.root(), d.body(), 0));
    }
}
