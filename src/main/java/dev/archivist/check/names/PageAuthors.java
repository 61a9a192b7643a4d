package dev.archivist.check.names;

import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Person;
import dev.archivist.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The entries of a page's {@code authors:}, each resolved against the site's people. */
record PageAuthors(List<Author> authors) {
    private static final Pattern ID_SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /**
     * One entry: a {@code _people} id with its page, an id-shaped word without a page, or a raw name.
     *
     * @param id the id when the entry is one (with or without a page), else null
     * @param title the page's title, or the raw name itself; null for an id without a page
     * @param page true when {@code _people/<id>.md} exists
     */
    record Author(YamlPath path, String entry, String id, String title, boolean page) {
        boolean rawName() {
            return id == null;
        }
    }

    static PageAuthors of(YMapping root, Site site) {
        return of(root, site, "authors");
    }

    /** The entries of another list of people ids, such as an episode's {@code guests:}. */
    static PageAuthors of(YMapping root, Site site, String key) {
        List<Author> out = new ArrayList<>();
        YNode node = root.get(key).orElse(null);
        if (node instanceof YSequence seq) {
            for (int i = 0; i < seq.size(); i++) {
                if (seq.get(i) instanceof YScalar s && !s.isNull() && !s.value().isBlank()) {
                    out.add(author(YamlPath.of(key, i), s.value().strip(), site));
                }
            }
        } else if (node instanceof YScalar s && !s.isNull() && !s.value().isBlank()) {
            out.add(author(YamlPath.of(key), s.value().strip(), site));
        }
        return new PageAuthors(out);
    }

    private static Author author(YamlPath path, String entry, Site site) {
        Person p = site == null ? null : site.people().get(entry);
        if (p != null) {
            return new Author(path, entry, entry, p.title(), true);
        }
        if (ID_SHAPE.matcher(entry).matches()) {
            return new Author(path, entry, entry, null, false);
        }
        return new Author(path, entry, null, entry, false);
    }

    /** The raw names (entries that are not ids), each one person. */
    List<String> rawNames() {
        return authors.stream().filter(Author::rawName).map(Author::title).toList();
    }
}
