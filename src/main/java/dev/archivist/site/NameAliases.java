package dev.archivist.site;

import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ParseError;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The site's decisions about people's names, kept in {@code _data/name-aliases.yml}: for each
 * person the name to use, the spellings it replaces and the {@code _people} id if there is one.
 * Read and written through the patcher, so a new decision changes only its own lines.
 *
 * <pre>
 * aliases:
 * - name: Serg Masis
 *   id: sergmasis
 *   replaces:
 *   - Serg Masís
 * </pre>
 */
public final class NameAliases {
    /** Where the alias file lives, relative to the site root. */
    public static final String FILE = "_data/name-aliases.yml";
    static final String HEADER = "# Names of people as the site writes them, and the spellings each replaces.\n"
            + "# Archivist's `check` and `fix --kinds names` apply these to every archive.\n";
    private static final String KEY = "aliases";

    /** One person's decision: the name to use, their {@code _people} id (or null) and the spellings it replaces. */
    public record Alias(String name, String id, List<String> replaces) {
        public Alias {
            replaces = List.copyOf(replaces);
        }
    }

    private final YamlDataFile data;
    private final YMapping root;
    private final List<Alias> aliases;

    private NameAliases(YamlDataFile data, YMapping root) {
        this.data = data;
        this.root = root;
        this.aliases = root == null ? List.of() : AliasTree.read(root, KEY);
    }

    /** Reads an alias file; a missing file has no aliases, a broken one has none and an {@link #error()}. */
    public static NameAliases read(Path file) {
        YamlDataFile data = YamlDataFile.read(file);
        return new NameAliases(data, data.root());
    }

    public Path file() {
        return data.file();
    }

    public List<Alias> aliases() {
        return aliases;
    }

    /** Why the file could not be read, if it could not. */
    public Optional<ParseError> error() {
        return Optional.ofNullable(data.error());
    }

    /** The decision that replaces a spelling, if there is one. */
    public Optional<Alias> forSpelling(String spelling) {
        return aliases.stream().filter(a -> a.replaces().contains(spelling)).findFirst();
    }

    /**
     * These aliases with one more decision: the spellings now map to the name. The entry with the
     * same id, or the same name, or whose name is one of the spellings is updated; otherwise an
     * entry is added at the end. A spelling listed under another name moves here.
     */
    public NameAliases with(String name, String id, Collection<String> spellings) {
        if (root == null) {
            throw new IllegalStateException(data.file() + " cannot be read: " + data.error());
        }
        return new NameAliases(data, AliasTree.with(root, KEY, name, id, spellings));
    }

    /** True when decisions were added since the file was read. */
    public boolean changed() {
        return root != null && root != data.root();
    }

    /** The file's new text: only the lines of new decisions differ, verified by reading it back. */
    public String text() throws WriteRefused {
        return data.patched(root, HEADER);
    }

    /** Writes the file (temporary file, backup outside the site, atomic move) when it changed. */
    public void save() throws WriteRefused {
        if (changed()) {
            String text = text();
            if (!text.equals(data.text())) {
                data.save(text);
            }
        }
    }

    static List<String> strings(YNode node) {
        List<String> out = new ArrayList<>();
        if (node instanceof YSequence s) {
            for (YNode n : s.items()) {
                if (n instanceof YScalar sc && !sc.isNull()) {
                    out.add(sc.value());
                }
            }
        } else if (node instanceof YScalar sc && !sc.isNull()) {
            out.add(sc.value());
        }
        return out;
    }

    static YEntry entry(String key, YNode value) {
        return new YEntry(YScalar.str(key), value);
    }
}
