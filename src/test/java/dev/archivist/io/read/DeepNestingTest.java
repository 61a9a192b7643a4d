package dev.archivist.io.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.DeepPages.Shape;
import dev.archivist.io.DeepPages;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.ParseError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser keeps one nesting limit, {@link ArchiveComposer#MAX_DEPTH}, on small and large pages:
 * deeper is an error at its line and column, never a stack overflow, on a small thread stack too.
 */
class DeepNestingTest {
    /** A small page and a large one. */
    private static final int[] SIZES = {0, 300 * 1024};
    /** A thread stack as small as {@code java -Xss512k} gives. */
    private static final long SMALL_STACK = 512 * 1024;

    @TestFactory
    Stream<DynamicTest> nestingUpToTheLimitParses() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            for (int size : SIZES) {
                for (boolean inArchive : new boolean[] {false, true}) {
                    tests.add(DynamicTest.dynamicTest(name(shape, ArchiveComposer.MAX_DEPTH, size, inArchive), () -> {
                        String page = DeepPages.page(shape, ArchiveComposer.MAX_DEPTH, size, inArchive);
                        ArchiveDocument doc = readOnASmallStack(page);
                        assertTrue(doc.parsed(), String.valueOf(doc.error()));
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> nestingPastTheLimitIsAnErrorWhereTheReferenceParserSaysIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            for (int depth : new int[] {ArchiveComposer.MAX_DEPTH + 1, 2_000, 5_000, 50_000}) {
                if (shape.lineALevel && depth > 5_000) {
                    continue; // a line a level, one more space each: 50,000 levels are over a gigabyte
                }
                for (int size : SIZES) {
                    for (boolean inArchive : new boolean[] {false, true}) {
                        if (depth >= 2_000 && shape.lineALevel && (size != SIZES[1] || inArchive)) {
                            continue; // megabytes a page: one size is enough, the others are over the limit at 101
                        }
                        tests.add(DynamicTest.dynamicTest(name(shape, depth, size, inArchive),
                                () -> assertRefused(DeepPages.page(shape, depth, size, inArchive))));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void assertRefused(String page) throws Exception {
        ArchiveDocument doc = readOnASmallStack(page);
        assertFalse(doc.parsed(), "a page nested too deeply was read");
        ParseError e = doc.error();
        assertTrue(e.message().contains("nested more than " + ArchiveComposer.MAX_DEPTH + " levels"), e.toString());
        assertTrue(e.line() > 1 && e.column() > 0, e.toString());
    }

    /** Reads the page on a thread with a small stack, and fails on anything thrown (a stack overflow above all). */
    private static ArchiveDocument readOnASmallStack(String page) throws Exception {
        AtomicReference<ArchiveDocument> doc = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                doc.set(ArchiveReader.read(null, page.getBytes(StandardCharsets.UTF_8)));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        if (thrown.get() != null) {
            throw new AssertionError("reading threw " + thrown.get(), thrown.get());
        }
        return doc.get();
    }

    private static String name(Shape shape, int depth, int size, boolean inArchive) {
        return shape + " " + depth + " deep, " + (size == 0 ? "small" : "over " + size / 1024 + " KB")
                + (inArchive ? ", in a thread" : "");
    }
}
