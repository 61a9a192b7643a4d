package dev.archivist.io.save;

import dev.archivist.io.read.FrontMatterSplit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Large archives built in the test from real pages, by repeating their threads. */
public final class LargeArchives {

    private LargeArchives() {
    }

    /** Where a page's {@code archive:} items are: [start, end) of their lines. */
    record Items(int start, int end) {
    }

    static Items items(String text) {
        FrontMatterSplit split = FrontMatterSplit.of(text);
        int pos = split.start();
        while (pos < split.end() && !text.startsWith("archive:", pos)) {
            pos = FrontMatterSplit.nextLine(text, FrontMatterSplit.lineEnd(text, pos));
        }
        int start = FrontMatterSplit.nextLine(text, FrontMatterSplit.lineEnd(text, pos));
        int end = start;
        while (end < split.end()) {
            char c = text.charAt(end);
            if (c != ' ' && c != '-' && c != '#' && c != '\r' && c != '\n') {
                break;
            }
            end = FrontMatterSplit.nextLine(text, FrontMatterSplit.lineEnd(text, end));
        }
        return new Items(start, end);
    }

    /** The page with its archive items repeated until the text is at least {@code minChars} long. */
    static String repeatingThreads(String text, int minChars) {
        Items items = items(text);
        String block = text.substring(items.start(), items.end());
        if (block.isEmpty()) {
            throw new IllegalArgumentException("no archive items to repeat");
        }
        StringBuilder sb = new StringBuilder(minChars + text.length());
        sb.append(text, 0, items.end());
        while (sb.length() + text.length() - items.end() < minChars) {
            sb.append(block);
        }
        return sb.append(text, items.end(), text.length()).toString();
    }

    /** One page holding the header of the first page and the threads of all of them. */
    static String joiningThreads(List<Path> pages) {
        String first = read(pages.get(0));
        Items head = items(first);
        StringBuilder sb = new StringBuilder(first.substring(0, head.end()));
        for (Path p : pages.subList(1, pages.size())) {
            String text = read(p);
            Items items = items(text);
            sb.append(text, items.start(), items.end());
        }
        return sb.append(first, head.end(), first.length()).toString();
    }

    /** The page's text as the reader sees it (without a byte order mark). */
    static String read(Path p) {
        try {
            String text = Files.readString(p);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
