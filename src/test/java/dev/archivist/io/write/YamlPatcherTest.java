package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
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
        return PageWriter.patched(doc, (YMapping) intended, doc.body());
    }

    static String set(String text, String path, YNode value) throws WriteRefused {
        ArchiveDocument doc = doc(text);
        return patched(doc, YamlPath.parse(path).replace(doc.root(), value));
    }

    @Test
    void anEmptyValueLeavesNoBlankAtTheLineEndAndABlockAfterItTakesNone() throws WriteRefused {
        assertEquals("---\nwho:\nnext: 1\n---\n", set("---\nwho: Uri\nnext: 1\n---\n", "who", YScalar.nullValue()));
        YNode person = dev.archivist.model.YMapping.of(java.util.List.of(
                new dev.archivist.model.YEntry(YScalar.str("text"), YScalar.str("two\nlines"))));
        // a value given to a key written "who: " by another writer: the blank is not kept before the block's lines
        assertEquals("---\nwho:\n  text: |-\n    two\n    lines\nnext: 1\n---\n",
                set("---\nwho: \nnext: 1\n---\n", "who", person));
        assertEquals("---\nwho: x  # c\n---\n", set("---\nwho:  # c\n---\n", "who", YScalar.str("x")));
    }

    @Test
    void aCommentAfterAValueReplacedByABlockMovesToItsFirstLineNotIntoTheBlock() throws WriteRefused {
        YNode thread = dev.archivist.model.YMapping.of(java.util.List.of(
                new dev.archivist.model.YEntry(YScalar.str("name"), YScalar.str("Bob")),
                new dev.archivist.model.YEntry(YScalar.str("text"), YScalar.str("\n\nleading newlines"))));
        assertEquals("---\narchive: # a comment\n- name: Bob\n  text: |-\n\n\n    leading newlines\nnext: 1\n---\n",
                set("---\narchive: [] # a comment\nnext: 1\n---\n", "archive",
                        dev.archivist.model.YSequence.of(java.util.List.of(thread))));
        // a first line that is not a block's opening (it may open a quoted text) gets no comment: it takes a line of its own
        YNode message = dev.archivist.model.YMapping.of(java.util.List.of(
                new dev.archivist.model.YEntry(YScalar.str("name"), YScalar.str("x")),
                new dev.archivist.model.YEntry(YScalar.str("text"), YScalar.str("why"))));
        assertEquals("---\nlist:\n- a\n- name: x\n  text: why\n# a comment\nnext: 1\n---\n",
                set("---\nlist:\n- a\n- b # a comment\nnext: 1\n---\n", "list[1]", message));
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

    @Test
    void aTabBesideAFoldOfASingleQuotedTextIsKept() throws Exception {
        // YAML drops the white space around a line break, so a fold may not stand next to a tab
        ArchiveDocument doc = doc("---\ntext: 'a folded single-quoted text that is long enough to be folded at PyYAML''s\n"
                + "  width of eighty columns'\n---\n");
        YScalar old = (YScalar) doc.root().get("text").orElseThrow();
        for (int k = 30; k < 60; k++) {
            for (String tab : List.of("\t ", " \t")) {
                String value = old.value() + " and " + "x".repeat(k) + tab + "more words after the tab to fold again";
                String patched = patched(doc, YamlPath.of("text").replace(doc.root(), old.withValue(value)));
                assertEquals(value, doc(patched).root().text("text"), patched);
            }
        }
    }

    @Test
    void aSingleQuotedScalarStaysSingleQuoted() throws Exception {
        assertEquals("---\ntext: 'here is the new paper:'\n---\n",
                setText("---\ntext: 'here is the paper:'\n---\n", "text", "here is the new paper:"));
    }

    @Test
    void aPlainScalarThatCannotHoldTheNewValueIsQuoted() throws Exception {
        ArchiveDocument doc = doc("---\narchive:\n- name: Kenji\n  text: Sure\n---\n");
        YamlPath path = YamlPath.parse("archive[0].text");
        YScalar old = (YScalar) path.find(doc.root()).orElseThrow();
        assertEquals("---\narchive:\n- name: Kenji\n  text: 'yes'\n---\n",
                patched(doc, path.replace(doc.root(), ScalarValues.edit(old, "yes"))));
    }

    @Test
    void aDoubleQuotedTitleStaysDoubleQuoted() throws Exception {
        assertEquals("---\ntitle: \"Data Teams, 2nd edition\"\nend: 2021-02-05 22:59:58\n---\n",
                setText("---\ntitle: \"Data Teams\"\nend: 2021-02-05 22:59:58\n---\n", "title", "Data Teams, 2nd edition"));
    }

    @Test
    void anEditedTimestampStaysAPlainTimestamp() throws Exception {
        String text = "---\nstart: 2021-02-01 00:00:00\n---\n";
        assertEquals("---\nstart: 2021-02-08 00:00:00\n---\n", setText(text, "start", "2021-02-08 00:00:00"));
        ArchiveDocument doc = doc(text);
        YScalar edited = ScalarValues.edit(doc.root().get("start").orElseThrow(), "2021-02-08 00:00:00");
        assertEquals("timestamp", edited.tag());
        assertEquals("---\nstart: next Monday\n---\n", setText(text, "start", "next Monday"),
                "text that is not a timestamp becomes a string");
    }

    @Test
    void aLinkChangesOnlyOnItsLine() throws Exception {
        String text = "---\nlinks: \n  - text: Book's page\n    link: https://a.example/x?utm_source=slack\n---\n";
        assertEquals(text.replace("?utm_source=slack", ""), setText(text, "links[0].link", "https://a.example/x"));
    }

    @Test
    void linesAddedToACrlfFileEndWithCrlf() throws Exception {
        ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("edge/crlf.md"));
        YamlPath replies = YamlPath.parse("archive[0].replies");
        YSequence r = (YSequence) replies.find(doc.root()).orElseThrow();
        String text = patched(doc, replies.replace(doc.root(), r.inserting(1, StructurePatchTest.newReply("Added"))));
        assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, "a line ends with LF alone");
    }

    static String setText(String text, String path, String value) throws WriteRefused {
        ArchiveDocument doc = doc(text);
        YamlPath p = YamlPath.parse(path);
        return patched(doc, p.replace(doc.root(), ScalarValues.edit(p.find(doc.root()).orElseThrow(), value)));
    }

    @Test
    void aKeyAddedToAnEmptyFrontMatterIsWrittenBetweenTheFences() throws Exception {
        assertEquals("---\ntitle: T\n---\nbody\n", set("---\n---\nbody\n", "title", YScalar.str("T")));
    }

    @Test
    void anEmptyValueIsFilledOnItsKeyLine() throws Exception {
        assertEquals("---\nimage: images/x.jpg\ntitle: T\n---\n",
                set("---\nimage:\ntitle: T\n---\n", "image", YScalar.str("images/x.jpg")));
        assertEquals("---\nimage:\n- a\ntitle: T\n---\n",
                set("---\nimage:\ntitle: T\n---\n", "image", YSequence.of(List.of(YScalar.str("a")))));
    }

    @Test
    void aFlowListItemTakesAMultiLineValueInDoubleQuotes() throws Exception {
        assertEquals("---\nauthors: [\"a\\nb\", c]\n---\n",
                set("---\nauthors: [x, c]\n---\n", "authors[0]", YScalar.str("a\nb")));
    }

    @Test
    void aPageClosedWithDotsKeepsItsFence() throws Exception {
        assertEquals("---\ntitle: U\n...\nbody\n", set("---\ntitle: T\n...\nbody\n", "title", YScalar.str("U")));
    }

    @Test
    void anItemWhoseKeysAllChangeIsWrittenAgainWholeInItsPlace() throws Exception {
        String text = "---\ntranscript:\n- header: Intro\n- line: Hi.\n  sec: 5\n  who: Ann\n---\n";
        YNode line = YMapping.of(List.of(new dev.archivist.model.YEntry(YScalar.str("line"), YScalar.str("Hello.")),
                new dev.archivist.model.YEntry(YScalar.str("who"), YScalar.str("Bo"))));
        assertEquals("---\ntranscript:\n- line: Hello.\n  who: Bo\n- line: Hi.\n  sec: 5\n  who: Ann\n---\n",
                set(text, "transcript[0]", line));
    }

    @Test
    void removingTheFirstKeysOfAnItemMovesTheFirstKeptKeyOntoTheDashLine() throws Exception {
        String text = "---\ntranscript:\n- line: Hi.\n  sec: 5\n  time: '0:05'\n  who: Ann\n- header: Next\n---\n";
        ArchiveDocument doc = doc(text);
        YMapping item = (YMapping) YamlPath.parse("transcript[0]").find(doc.root()).orElseThrow();
        YNode kept = item.without("line").without("sec");
        assertEquals("---\ntranscript:\n- time: '0:05'\n  who: Ann\n- header: Next\n---\n",
                patched(doc, YamlPath.parse("transcript[0]").replace(doc.root(), kept)));
    }
}
