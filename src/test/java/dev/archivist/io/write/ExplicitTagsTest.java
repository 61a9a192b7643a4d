package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import org.junit.jupiter.api.Test;

/** Explicit tags ({@code !!set}, {@code !!omap}, {@code !!str 123}, {@code !foo}) are part of what a page means. */
class ExplicitTagsTest {

    static ArchiveDocument doc(String frontMatter) {
        ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, "---\n" + frontMatter + "---\nbody\n");
        assertTrue(doc.parsed(), () -> String.valueOf(doc.error()));
        return doc;
    }

    static String format(String frontMatter) throws WriteRefused {
        ArchiveDocument doc = doc(frontMatter);
        String once = PageWriter.formatted(doc, doc.root(), doc.body(), 0);
        ArchiveDocument again = ArchiveReader.parse(null, SourceInfo.UTF8_LF, once);
        assertEquals(once, PageWriter.formatted(again, again.root(), again.body(), 0), "format is not idempotent");
        return once.substring(4, once.length() - "---\nbody\n".length());
    }

    @Test
    void formatKeepsTheTagsOfFlowCollections() throws WriteRefused {
        String fm = "title: T\ns: !!set {a: null, b: null}\no: !!omap [{a: 1}, {b: 2}]\np: !!pairs [{a: 1}, {a: 2}]\n"
                + "m: !foo {k: v}\n";
        assertEquals(fm, format(fm));
    }

    @Test
    void formatKeepsTheTagsOfBlockCollections() throws WriteRefused {
        assertEquals("s: !!set\n  a:\n  b:\no: !!omap\n- a: 1\n- b: 2\nlist:\n- !!set\n  x:\n- !foo\n  - 1\n",
                format("s: !!set\n  ? a\n  ? b\no: !!omap\n  - a: 1\n  - b: 2\nlist:\n  - !!set\n    ? x\n  - !foo\n    - 1\n"));
    }

    @Test
    void formatKeepsExplicitScalarTags() throws WriteRefused {
        assertEquals("a: !!str 123\nb: !!int 5\nc: !custom x\nd: !!str yes\ne: !!float 1\nf: !!binary aGVsbG8=\n"
                + "g: !custom 'a: b'\nh: [!!str 1, !x y]\n",
                format("a: !!str 123\nb: !!int \"5\"\nc: !custom x\nd: !!str yes\ne: !!float 1\nf: !!binary aGVsbG8=\n"
                        + "g: !custom \"a: b\"\nh: [!!str 1, !x y]\n"));
    }

    @Test
    void aStrTagIsDroppedOnlyWhereThePlainTextReadsAsTheSameString() throws WriteRefused {
        assertEquals("a: hello\nb: !!str 1.5\nc: !!str 'a: b'\n", format("a: !!str hello\nb: !!str 1.5\nc: !!str \"a: b\"\n"));
    }

    @Test
    void theVerificationRefusesATextThatLosesACollectionsTag() {
        ArchiveDocument doc = doc("s: !!set {a: null}\n");
        assertThrows(WriteRefused.class,
                () -> PageWriter.verify(doc, "---\ns: {a: null}\n---\nbody\n", doc.root(), doc.body()));
    }

    @Test
    void anEditInsideATaggedCollectionKeepsItsTagAndOtherLines() throws WriteRefused {
        ArchiveDocument doc = doc("title: T\no: !!omap\n- a: 1\n- b: 2\ns: !!set {a: null}\n");
        YMapping root = (YMapping) YamlPath.parse("o[1].b").replace(doc.root(), new YScalar("3", "int", null, null));
        String text = PageWriter.patched(doc, root, doc.body());
        assertEquals("---\ntitle: T\no: !!omap\n- a: 1\n- b: 3\ns: !!set {a: null}\n---\nbody\n", text);
    }
}
