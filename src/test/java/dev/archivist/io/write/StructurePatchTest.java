package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.LineDiff.Region;
import dev.archivist.io.LineDiff;
import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Trees;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Promise 2 for structure: adding, removing and moving threads, replies and keys changes only
 * the lines of the items concerned, on the samples and on every corpus book.
 */
class StructurePatchTest {
    private static final YamlPath ARCHIVE = YamlPath.of("archive");

    @TestFactory
    Stream<DynamicTest> addingAThreadOnlyInsertsItsLines() {
        return onPages((doc, a) -> {
            YSequence threads = threads(doc);
            for (int at : new int[] {0, threads.size() / 2, threads.size()}) {
                YSequence changed = threads.inserting(at, newThread("Added at " + at));
                Region gap = at < threads.size() ? Region.gapAfter(firstLine(doc, threads.get(at)) - 1)
                        : Region.gapAfter(lastLine(doc, threads.get(threads.size() - 1)));
                check(doc, ARCHIVE.replace(doc.root(), changed), List.of(gap), "thread added at " + at);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> removingAThreadOnlyRemovesItsLines() {
        return onPages((doc, a) -> {
            YSequence threads = threads(doc);
            for (int at : new int[] {0, threads.size() / 2, threads.size() - 1}) {
                check(doc, ARCHIVE.replace(doc.root(), threads.removing(at)), List.of(removal(doc, ARCHIVE, at)),
                        "thread " + at + " removed");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> movingAThreadOnlyMovesItsLines() {
        return onPages((doc, a) -> {
            YSequence threads = threads(doc);
            if (threads.size() < 3) {
                return;
            }
            int last = threads.size() - 1;
            YSequence moved = threads.removing(0).inserting(last, threads.get(0));
            check(doc, ARCHIVE.replace(doc.root(), moved),
                    List.of(lines(doc, threads.get(0)), Region.gapAfter(lastLine(doc, threads.get(last)))),
                    "first thread moved last");
            assertMovedVerbatim(doc, threads.get(0), 0);
        });
    }

    @TestFactory
    Stream<DynamicTest> addingAndRemovingRepliesOnlyChangesTheirLines() {
        return onPages((doc, a) -> {
            for (int t : threadsWithReplies(doc, 2)) {
                YamlPath path = ARCHIVE.index(t).key("replies");
                YSequence replies = (YSequence) path.find(doc.root()).orElseThrow();
                check(doc, path.replace(doc.root(), replies.removing(0)), List.of(lines(doc, replies.get(0))),
                        "first reply of thread " + t + " removed");
                YNode lastReply = replies.get(replies.size() - 1);
                check(doc, path.replace(doc.root(), replies.removing(replies.size() - 1)),
                        List.of(lines(doc, lastReply)), "last reply of thread " + t + " removed");
                check(doc, path.replace(doc.root(), replies.inserting(1, newReply("Inserted"))),
                        List.of(Region.gapAfter(firstLine(doc, replies.get(1)) - 1)), "reply inserted in thread " + t);
                check(doc, path.replace(doc.root(), replies.inserting(replies.size(), newReply("Appended"))),
                        List.of(Region.gapAfter(lastLine(doc, lastReply))), "reply appended to thread " + t);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> movingARepliesWithinAThreadOnlyMovesItsLines() {
        return onPages((doc, a) -> {
            for (int t : threadsWithReplies(doc, 3)) {
                YamlPath path = ARCHIVE.index(t).key("replies");
                YSequence replies = (YSequence) path.find(doc.root()).orElseThrow();
                YNode first = replies.get(0);
                YNode last = replies.get(replies.size() - 1);
                YSequence moved = replies.removing(0).inserting(replies.size() - 1, first);
                check(doc, path.replace(doc.root(), moved), List.of(lines(doc, first), Region.gapAfter(lastLine(doc, last))),
                        "first reply of thread " + t + " moved last");
                assertMovedVerbatim(doc, first, 0);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> movingAReplyToAnotherThreadOnlyMovesItsLines() {
        return onPages((doc, a) -> {
            List<Integer> withReplies = threadsWithReplies(doc, 1);
            if (withReplies.size() < 2) {
                return;
            }
            int from = withReplies.get(0);
            int to = withReplies.get(withReplies.size() - 1);
            YamlPath fromPath = ARCHIVE.index(from).key("replies");
            YamlPath toPath = ARCHIVE.index(to).key("replies");
            YSequence source = (YSequence) fromPath.find(doc.root()).orElseThrow();
            YSequence target = (YSequence) toPath.find(doc.root()).orElseThrow();
            YNode reply = source.get(0);
            YNode root = fromPath.replace(doc.root(), source.removing(0));
            root = toPath.replace(root, target.inserting(target.size(), reply));
            check(doc, root, List.of(removal(doc, fromPath, 0), Region.gapAfter(lastLine(doc, target.get(target.size() - 1)))),
                    "reply moved from thread " + from + " to " + to);
            assertMovedVerbatim(doc, reply, 0);
        });
    }

    @TestFactory
    Stream<DynamicTest> turningAReplyIntoAThreadOnlyMovesItsLines() {
        return onPages((doc, a) -> {
            List<Integer> withReplies = threadsWithReplies(doc, 1);
            if (withReplies.isEmpty()) {
                return;
            }
            int t = withReplies.get(0);
            YamlPath path = ARCHIVE.index(t).key("replies");
            YSequence replies = (YSequence) path.find(doc.root()).orElseThrow();
            YNode reply = replies.get(replies.size() - 1);
            YNode root = path.replace(doc.root(), replies.removing(replies.size() - 1));
            YSequence threads = (YSequence) ARCHIVE.find(root).orElseThrow();
            root = ARCHIVE.replace(root, threads.inserting(t + 1, reply));
            Region gap = t + 1 < threads.size() ? Region.gapAfter(firstLine(doc, threads(doc).get(t + 1)) - 1)
                    : Region.gapAfter(lastLine(doc, threads(doc).get(t)));
            check(doc, root, List.of(removal(doc, path, replies.size() - 1), gap), "last reply of thread " + t + " made a thread");
            assertMovedVerbatim(doc, reply, -2);
        });
    }

    @TestFactory
    Stream<DynamicTest> addingAndRemovingKeysOnlyChangesTheirLines() {
        return onPages((doc, a) -> {
            YMapping root = doc.root();
            YEntry last = root.entries().get(root.entries().size() - 1);
            check(doc, root.with("layout", YScalar.str("book")), List.of(Region.gapAfter(lastLine(doc, last.value()))),
                    "top-level key added");
            YEntry removed = root.entries().get(1);
            check(doc, root.without(removed.name()),
                    List.of(Region.lines(firstLine(doc, removed.key()), lastLine(doc, removed.value()))),
                    "top-level key " + removed.name() + " removed");
            YamlPath thread = ARCHIVE.index(0);
            YMapping t = (YMapping) thread.find(root).orElseThrow();
            YNode name = t.get("name").orElseThrow();
            check(doc, thread.replace(root, t.with("note", YScalar.str("yes"))),
                    List.of(Region.gapAfter(lastLine(doc, t))), "key added to a thread");
            // the first key of an item shares the dash's line: the next key moves up onto it
            int nextKey = firstLine(doc, t.entries().get(Math.min(1, t.entries().size() - 1)).key());
            boolean first = t.indexOf("name") == 0;
            check(doc, thread.replace(root, t.without("name")),
                    List.of(Region.lines(firstLine(doc, name), first ? nextKey : lastLine(doc, name))), "thread name removed");
        });
    }

    @TestFactory
    Stream<DynamicTest> emptyingAListOnlyChangesItsLines() {
        return onPages((doc, a) -> {
            for (int t : threadsWithReplies(doc, 1)) {
                YamlPath path = ARCHIVE.index(t).key("replies");
                YSequence replies = (YSequence) path.find(doc.root()).orElseThrow();
                YMapping thread = (YMapping) ARCHIVE.index(t).find(doc.root()).orElseThrow();
                YEntry entry = thread.entries().get(thread.indexOf("replies"));
                check(doc, path.replace(doc.root(), YSequence.of(List.of())),
                        List.of(Region.lines(firstLine(doc, entry.key()), lastLine(doc, replies))),
                        "replies of thread " + t + " emptied");
                return;
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> removingTheOnlyReplyOfAThreadOnlyChangesItsLines() {
        return onPages((doc, a) -> {
            for (int t = 0; t < threads(doc).size(); t++) {
                YamlPath path = ARCHIVE.index(t).key("replies");
                if (path.find(doc.root()).orElse(null) instanceof YSequence r && r.size() == 1 && !r.flow()) {
                    YMapping thread = (YMapping) ARCHIVE.index(t).find(doc.root()).orElseThrow();
                    YEntry entry = thread.entries().get(thread.indexOf("replies"));
                    check(doc, path.replace(doc.root(), r.removing(0)),
                            List.of(Region.lines(firstLine(doc, entry.key()), lastLine(doc, r))),
                            "only reply of thread " + t + " removed");
                    return;
                }
            }
        });
    }

    // ---- helpers

    private static Stream<DynamicTest> onPages(BiConsumer<ArchiveDocument, Void> op) {
        List<Path> pages = new ArrayList<>();
        pages.add(TestPages.SAMPLES.resolve("book-of-the-week.md"));
        for (Path p : TestPages.mdFiles(TestPages.SAMPLES.resolve("edge"))) {
            pages.add(p);
        }
        if (TestPages.corpus() != null) {
            pages.addAll(TestPages.corpusBooks());
        }
        return pages.stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p), () -> {
            ArchiveDocument doc = TestPages.parsed(p);
            if (ARCHIVE.find(doc.root()).orElse(null) instanceof YSequence s && !s.flow() && s.size() > 0) {
                op.accept(doc, null);
            }
        }));
    }

    private static YSequence threads(ArchiveDocument doc) {
        return (YSequence) ARCHIVE.find(doc.root()).orElseThrow();
    }

    private static List<Integer> threadsWithReplies(ArchiveDocument doc, int atLeast) {
        List<Integer> out = new ArrayList<>();
        YSequence threads = threads(doc);
        for (int t = 0; t < threads.size(); t++) {
            if (ARCHIVE.index(t).key("replies").find(doc.root()).orElse(null) instanceof YSequence r
                    && !r.flow() && r.size() >= atLeast) {
                out.add(t);
            }
        }
        return out;
    }

    static YMapping newThread(String text) {
        return YMapping.of(List.of(new YEntry(YScalar.str("name"), YScalar.str("New Person")),
                new YEntry(YScalar.str("text"), YScalar.str(text + ": a new question?")),
                new YEntry(YScalar.str("replies"), YSequence.of(List.of(newReply("An answer"))))));
    }

    static YMapping newReply(String text) {
        return YMapping.of(List.of(new YEntry(YScalar.str("name"), YScalar.str("Someone New")),
                new YEntry(YScalar.str("text"), YScalar.str(text + " reply\nover two lines"))));
    }

    static int firstLine(ArchiveDocument doc, YNode node) {
        return doc.line(node.span().start());
    }

    static int lastLine(ArchiveDocument doc, YNode node) {
        return doc.line(Math.max(node.span().start(), node.span().end() - 1));
    }

    static Region lines(ArchiveDocument doc, YNode node) {
        return Region.lines(firstLine(doc, node), lastLine(doc, node));
    }

    /** The lines an item's removal may change: its own, and its key's line when the list becomes empty. */
    static Region removal(ArchiveDocument doc, YamlPath list, int index) {
        YSequence seq = (YSequence) list.find(doc.root()).orElseThrow();
        YMapping parent = (YMapping) list.parent().find(doc.root()).orElseThrow();
        YEntry entry = parent.entries().get(parent.indexOf((String) list.last()));
        int from = seq.size() == 1 ? firstLine(doc, entry.key()) : firstLine(doc, seq.get(index));
        return Region.lines(from, lastLine(doc, seq.get(index)));
    }

    /** Patches, checks the changed lines and reads the text back. */
    static String check(ArchiveDocument doc, YNode intended, List<Region> regions, String what) {
        String text;
        try {
            text = PageWriter.patched(doc, (YMapping) intended, doc.body());
        } catch (WriteRefused e) {
            throw new AssertionError(what + " in " + doc.path() + ": refused: " + e.getMessage(), e);
        }
        String where = what + " in " + doc.path();
        if (regions.size() == 1) {
            LineDiff.assertChangedOnlyWithin(doc.text(), text, regions.get(0), where);
        } else {
            LineDiff.assertChangedOnlyWithin(doc.text(), text, regions, where);
        }
        LineDiff.assertLineEndings(text, doc.source().lineSeparator(), where);
        ArchiveDocument again = ArchiveReader.parse(doc.path(), doc.source(), text);
        assertTrue(again.parsed() && Trees.sameData(intended, again.root()), where + ": reads back differently");
        lastText = text;
        return text;
    }

    private static String lastText;

    /** The moved item's source lines appear in the new text as they were, shifted by {@code shift} columns. */
    private static void assertMovedVerbatim(ArchiveDocument doc, YNode item, int shift) {
        List<String> all = LineDiff.lines(doc.text());
        List<String> block = new ArrayList<>();
        for (int l = firstLine(doc, item); l <= lastLine(doc, item); l++) {
            String line = all.get(l - 1);
            block.add(shift >= 0 ? " ".repeat(shift) + line : line.isEmpty() ? line : line.substring(-shift));
        }
        String joined = String.join("\n", block);
        assertTrue(lastText.contains(joined), "the moved item was not copied verbatim in " + doc.path() + ":\n" + joined);
    }
}
