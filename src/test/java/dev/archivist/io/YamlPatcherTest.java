package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small, exact cases of the patcher: what a given edit writes, line for line. */
class YamlPatcherTest {

    static ArchiveDocument doc(String text) {
        ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, text);
        if (!doc.parsed()) {
            throw new AssertionError(doc.error().toString());
        }
        return doc;
    }

    static String patched(ArchiveDocument doc, YNode intended) throws WriteRefused {
        return ArchiveWriter.patched(doc, (YMapping) intended, doc.body());
    }

    static String set(String text, String path, YNode value) throws WriteRefused {
        ArchiveDocument doc = doc(text);
        return patched(doc, YamlPath.parse(path).replace(doc.root(), value));
    }

    @Test
    void emptyingABlockListWritesAnEmptyFlowListOnTheKeyLine() throws Exception {
        String text = """
                ---
                title: T
                archive:
                - name: A
                  text: question
                  replies:
                  - name: B
                    text: answer one
                  - name: C
                    text: answer two
                - name: D
                  text: other
                ---
                """;
        assertEquals(text.replace("""
                  replies:
                  - name: B
                    text: answer one
                  - name: C
                    text: answer two
                """, "  replies: []\n"), set(text, "archive[0].replies", YSequence.of(List.of())));
    }

    @Test
    void removingTheOnlyItemOfAListLeavesAnEmptyList() throws Exception {
        String text = "---\ntitle: T\narchive:\n- name: A\n  text: q\n  replies:\n  - name: B\n    text: a\nend: 2022-01-01 00:00:00\n---\n";
        ArchiveDocument doc = doc(text);
        YamlPath replies = YamlPath.parse("archive[0].replies");
        YSequence r = (YSequence) replies.find(doc.root()).orElseThrow();
        assertEquals(text.replace("  replies:\n  - name: B\n    text: a\n", "  replies: []\n"),
                patched(doc, replies.replace(doc.root(), r.removing(0))));
    }

    @Test
    void emptyingAListAfterACommentKeepsTheComment() throws Exception {
        String text = "---\nlinks:\n  # the publisher first\n  - text: a\n    link: https://a.example\ntitle: T\n---\n";
        assertEquals("---\nlinks: []\n  # the publisher first\ntitle: T\n---\n",
                set(text, "links", YSequence.of(List.of())));
    }

    @Test
    void emptyingABlockMappingWritesAnEmptyFlowMapping() throws Exception {
        String text = "---\nseo:\n  type: book\n  locale: en\ntitle: T\n---\n";
        assertEquals("---\nseo: {}\ntitle: T\n---\n", set(text, "seo", YMapping.of(List.of())));
    }

    @Test
    void settingAScalarKeepsItsPlainStyle() throws Exception {
        assertEquals("---\ntitle: New title\n---\n", set("---\ntitle: Old\n---\n", "title", YScalar.str("New title")));
    }

    @Test
    void movingAnItemKeepsItsEndOfLineComment() throws Exception {
        String text = "---\narchive:\n- name: A # first\n  text: q\n- name: B\n  text: 'b' # kept with B\n---\n";
        ArchiveDocument doc = doc(text);
        YamlPath archive = YamlPath.parse("archive");
        YSequence threads = (YSequence) archive.find(doc.root()).orElseThrow();
        YNode moved = threads.removing(1).inserting(0, threads.get(1));
        assertEquals("---\narchive:\n- name: B\n  text: 'b' # kept with B\n- name: A # first\n  text: q\n---\n",
                patched(doc, archive.replace(doc.root(), moved)));
    }

    @Test
    void aCommentedTextRewrittenAsABlockKeepsItsCommentOnTheHeader() throws Exception {
        String text = "---\nlinks:\n- text: Errata # TODO: check the link\n  link: https://e.example\n---\n";
        assertEquals("---\nlinks:\n- text: |- # TODO: check the link\n    Errata\n\n    P.S.\n  link: https://e.example\n---\n",
                set(text, "links[0].text", YScalar.str("Errata\n\nP.S.")));
    }

    @Test
    void aBlockRewrittenOnOneLineKeepsItsHeaderComment() throws Exception {
        String text = "---\narchive:\n- name: A\n  text: |  # keep me\n    line one\n    line two\n  replies: []\n---\n";
        assertEquals("---\narchive:\n- name: A\n  text: one line # keep me\n  replies: []\n---\n",
                set(text, "archive[0].text", YScalar.str("one line")));
    }

    @Test
    void aBlockRewrittenAsABlockKeepsItsHeaderComment() throws Exception {
        String text = "---\narchive:\n- name: A\n  text: |  # keep me\n    line one\n    line two\n  replies: []\n---\n";
        ArchiveDocument doc = doc(text);
        YamlPath path = YamlPath.parse("archive[0].text");
        YScalar old = (YScalar) path.find(doc.root()).orElseThrow();
        assertEquals(text.replace("two", "three").replace("|  #", "| #"),
                patched(doc, path.replace(doc.root(), old.withValue("line one\nline three\n"))));
    }

    @Test
    void editingTheEndOfAnEscapedFoldedTextKeepsItsLeadingLines() throws Exception {
        String text = """
                ---
                archive:
                - name: Kenji Watanabe
                  text: "Hi everyone :wave: This week we have <@U0123ABC> and <@U0456DEF> with their\\
                    \\ book \\u201CTidy Pipelines\\u201D. Ask your questions in this channel until Friday,\\
                    \\ the authors will answer them."
                ---
                """;
        ArchiveDocument doc = doc(text);
        YamlPath path = YamlPath.parse("archive[0].text");
        YScalar old = (YScalar) path.find(doc.root()).orElseThrow();
        String patched = patched(doc, path.replace(doc.root(), old.withValue(old.value().replace("them.", "them all."))));
        assertEquals(text.replace("answer them.", "answer them all."), patched);
    }

    @Test
    void editingTheEndOfAFoldedSingleQuotedTextKeepsLinesFoldedByAnotherRule() throws Exception {
        // folded one column early, as some exported pages are: the first line must stay as it is
        String text = """
                ---
                archive:
                - name: Wendy Mak
                  text: 'How would you timebox/plan a proof of concept type project where it''s
                    harder to gauge how long things would take'
                ---
                """;
        ArchiveDocument doc = doc(text);
        YamlPath path = YamlPath.parse("archive[0].text");
        YScalar old = (YScalar) path.find(doc.root()).orElseThrow();
        String patched = patched(doc, path.replace(doc.root(), old.withValue(old.value() + "?")));
        assertEquals(text.replace("take'", "take?'"), patched);
    }
}
