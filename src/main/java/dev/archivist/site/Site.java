package dev.archivist.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The site around a page: its root folder (the nearest ancestor holding {@code _people/} or
 * {@code _config.yml}) and the people pages, read once; the names posted in its archives and
 * the alias file, read on first use. People and names come through the site's
 * {@link SiteIndex}, so only the pages changed since the last run are read.
 */
public final class Site {
    private final Path root;
    private final Map<String, Person> people;
    private final SiteIndex index;
    private final SiteSettings settings;
    private NameIndex names;
    private NameAliases aliases;

    private Site(Path root, Map<String, Person> people, SiteIndex index, SiteSettings settings) {
        this.root = root;
        this.people = Collections.unmodifiableMap(people);
        this.index = index;
        this.settings = settings;
    }

    /** The site around a file or folder, if it lies inside one. */
    public static Optional<Site> around(Path fileOrFolder) {
        return findRoot(fileOrFolder).map(Site::open);
    }

    /** The nearest ancestor (or the folder itself) holding {@code _people/} or {@code _config.yml}. */
    public static Optional<Path> findRoot(Path fileOrFolder) {
        Path p = fileOrFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            p = p.getParent();
        }
        while (p != null) {
            if (Files.isDirectory(p.resolve("_people")) || Files.isRegularFile(p.resolve("_config.yml"))) {
                return Optional.of(p);
            }
            p = p.getParent();
        }
        return Optional.empty();
    }

    /** Reads the site at a root folder and its settings; unreadable people pages are skipped. */
    public static Site open(Path root) {
        SiteIndex index = SiteIndex.of(root);
        Map<String, Person> people = new LinkedHashMap<>();
        index.people(peoplePages(root)).forEach(p -> people.put(p.id(), p));
        index.save();
        return new Site(root, people, index, SiteSettings.read(root));
    }

    /** The pages of {@code _people}, sorted; none when the folder is absent or unreadable (checks report unknown ids). */
    private static List<Path> peoplePages(Path root) {
        try (Stream<Path> files = Files.list(root.resolve("_people"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public Path root() {
        return root;
    }

    /** The site's settings ({@value SiteSettings#FILE}): the defaults, with an error, when the file cannot be used. */
    public SiteSettings settings() {
        return settings;
    }

    /** People by id (the page's file name without {@code .md}). */
    public Map<String, Person> people() {
        return people;
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    /**
     * A site path such as {@code images/books/x/cover.jpg} as a file under the root, or empty when
     * the path would leave the root.
     */
    public Optional<Path> resolve(String sitePath) {
        if (sitePath == null || sitePath.isBlank()) {
            return Optional.empty();
        }
        String clean = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        try {
            Path p = root.resolve(clean).normalize();
            return p.startsWith(root.normalize()) ? Optional.of(p) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The names posted in every archive of the site, read on first use. Thread-safe. */
    public synchronized NameIndex names() {
        if (names == null) {
            names = new NameIndex(index.archives(NameIndex.archives(root)));
            index.save();
        }
        return names;
    }

    /** What each of these pages names (title, authors and guests), in order; null for a page that cannot be read. */
    synchronized List<NamingPages.Credits> credits(List<Path> files) {
        List<NamingPages.Credits> credits = index.credits(files);
        index.save();
        return credits;
    }

    /**
     * The site's name decisions, read on first use from the settings' {@code aliases} path
     * ({@value NameAliases#FILE} unless set). Thread-safe.
     */
    public synchronized NameAliases aliases() {
        if (aliases == null) {
            aliases = NameAliases.read(root.resolve(settings.aliases()));
        }
        return aliases;
    }

    /** Forgets the names and aliases read, after archives or the alias file changed on disk. */
    public synchronized void refreshNames() {
        names = null;
        aliases = null;
    }
}
