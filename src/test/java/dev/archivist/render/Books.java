package dev.archivist.render;

import dev.archivist.model.BookArchive.Link;
import dev.archivist.model.BookArchive.Message;
import dev.archivist.model.BookArchive;
import dev.archivist.model.YamlPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Book archives and sites built directly in tests. */
final class Books {

    private Books() {
    }

    static BookArchive book(String title, List<String> authors, List<Link> links, List<Message> threads) {
        return new BookArchive(title, "Book of the Week", "images/books/x/cover.jpg", null,
                "2021-07-19 00:00:00", "2021-07-23 22:59:58", authors, links, threads, List.of());
    }

    static BookArchive withThreads(List<Message> threads) {
        return book("A Book", List.of(), List.of(), threads);
    }

    static BookArchive withDates(String start, String end) {
        return new BookArchive("A Book", null, null, null, start, end, List.of(), List.of(), List.of(), List.of());
    }

    static BookArchive withCover(String cover) {
        return new BookArchive("A Book", null, cover, null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    /** A thread at {@code archive[index]} with replies given as name, text, name, text... */
    static Message thread(int index, String name, String text, String... replies) {
        YamlPath path = YamlPath.of("archive", index);
        List<Message> out = new ArrayList<>();
        for (int i = 0; i + 1 < replies.length; i += 2) {
            out.add(new Message(path.key("replies").index(i / 2), replies[i], replies[i + 1], List.of()));
        }
        return new Message(path, name, text, out);
    }

    static List<Message> threads(int count) {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(thread(i, "Asker " + i, "Question " + i + "?\nSecond line", "Author", "Answer " + i));
        }
        return out;
    }

    /** A site root with a people page for {@code sergmasis} and a cover for book {@code x}. */
    static Path site(Path root) throws IOException {
        Files.createDirectories(root.resolve("_people"));
        Files.writeString(root.resolve("_people/sergmasis.md"),
                "---\nshort: sergmasis\ntitle: \"Serg Mas\\xEDs\"\n---\n\nAuthor.\n");
        Files.createDirectories(root.resolve("images/books/x"));
        Files.write(root.resolve("images/books/x/cover.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8});
        return root;
    }
}
