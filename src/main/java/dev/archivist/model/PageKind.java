package dev.archivist.model;

import java.nio.file.Path;

/**
 * What a page is, which decides its form, its checks and its preview. It comes from the page's
 * collection, the {@code _name} folder it lives in ({@code _books}, {@code _podcast},
 * {@code _people}); a page of any other collection is {@link #GENERIC}. A page outside every
 * collection (a sample, a copy in a temporary folder) is known by its keys: a transcript, guests
 * or a season make an episode, anything else is read as a book, as Archivist always has.
 */
public enum PageKind {
    BOOK("book"),
    PODCAST("podcast episode"),
    PERSON("person"),
    GENERIC("page");

    private final String label;

    PageKind(String label) {
        this.label = label;
    }

    /** The kind's name for people: "book", "podcast episode", "person", "page". */
    public String label() {
        return label;
    }

    /** The kind of the page at the path (null: not saved yet), whose front matter is {@code root} (null: unread). */
    public static PageKind of(Path page, YMapping root) {
        String collection = collection(page);
        if (collection != null) {
            return switch (collection) {
                case "_books" -> BOOK;
                case "_podcast", "_podcasts" -> PODCAST;
                case "_people" -> PERSON;
                default -> GENERIC;
            };
        }
        boolean episode = root != null && (root.get("transcript").isPresent() || root.get("guests").isPresent()
                || root.get("season").isPresent());
        return episode ? PODCAST : BOOK;
    }

    /** The nearest folder above the page whose name starts with an underscore, or null. */
    public static String collection(Path page) {
        if (page == null) {
            return null;
        }
        for (Path dir = page.toAbsolutePath().getParent(); dir != null && dir.getFileName() != null; dir = dir.getParent()) {
            String name = dir.getFileName().toString();
            if (name.startsWith("_") && name.length() > 1) {
                return name;
            }
        }
        return null;
    }
}
