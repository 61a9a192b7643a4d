package dev.archivist.site;

import dev.archivist.io.save.UserCache;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What is known of a site's pages (each person's title, the names posted in each archive, the
 * people each book and episode names), kept
 * between runs in the user's cache folder and keyed by each page's path, size, modification time
 * and file key (the inode, which a file replaced by a rename does not keep): only a changed or new
 * page is read again, a deleted one drops out, and the answers are
 * those of reading every page. A cache file that cannot be read (absent, corrupt, of another
 * format or another site) is no cache; one that cannot be written is not written.
 */
final class SiteIndex {
    private static final int MAGIC = 0x41524958;
    /** Raise it when what is kept of a page changes: files of another format are then rebuilt. */
    private static final int FORMAT = 2;
    /** A page changed this close to the scan could change again within its clock's tick unseen: it is not kept. */
    private static final long RECENT_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** A page's size, modification time and file key when it was read, and what was read (null: nothing of the kind). */
    private record Kept<T>(long size, long modified, String fileKey, T value) {
        boolean describes(BasicFileAttributes now) {
            return now != null && size == now.size() && modified == SiteIndex.modified(now)
                    && fileKey.equals(SiteIndex.fileKey(now));
        }
    }

    private final Path root;
    private final Path file;
    private final long started = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    private final Map<String, Kept<Person>> people = new HashMap<>();
    private final Map<String, Kept<Map<String, Integer>>> archives = new HashMap<>();
    private final Map<String, Kept<NamingPages.Credits>> credits = new HashMap<>();
    private boolean changed;

    private SiteIndex(Path root, Path file) {
        this.root = root;
        this.file = file;
    }

    /** The index of the site at a root folder, as the user's cache folder keeps it (empty when it keeps none). */
    static SiteIndex of(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        SiteIndex index = new SiteIndex(absolute, UserCache.folder("sites").resolve(fileName(absolute)));
        index.load();
        return index;
    }

    /** The people of these people pages, in order; pages that cannot be read are left out. */
    synchronized List<Person> people(List<Path> files) {
        return values(files, people, f -> Person.read(f).orElse(null)).stream().filter(p -> p != null).toList();
    }

    /** The names of those of these pages that are archives ({@link NameIndex#read}), in order. */
    synchronized List<NameIndex.Page> archives(List<Path> files) {
        List<Map<String, Integer>> names = values(files, archives, NameIndex::read);
        List<NameIndex.Page> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (names.get(i) != null) {
                out.add(new NameIndex.Page(files.get(i), names.get(i)));
            }
        }
        return out;
    }

    /** What each of these pages names ({@link NamingPages#read}), in order. */
    synchronized List<NamingPages.Credits> credits(List<Path> files) {
        return values(files, credits, NamingPages::read);
    }

    /**
     * What each file holds, in order (null when it is not a page of the kind, or cannot be read):
     * kept when its size and time are those it was read at, else read. The section then holds
     * exactly these files.
     */
    private <T> List<T> values(List<Path> files, Map<String, Kept<T>> section, Function<Path, T> read) {
        Map<String, Kept<T>> before = new HashMap<>(section);
        section.clear();
        List<T> out = new ArrayList<>();
        for (Path f : files) {
            String key = root.relativize(f.toAbsolutePath().normalize()).toString();
            BasicFileAttributes now = attributes(f);
            Kept<T> kept = before.remove(key);
            if (kept == null || !kept.describes(now)) {
                kept = new Kept<>(now == null ? -1 : now.size(), now == null ? 0 : modified(now), fileKey(now),
                        read.apply(f));
                changed = true;
            }
            if (now != null && kept.modified() < started - RECENT_NANOS) {
                section.put(key, kept);
            }
            out.add(kept.value());
        }
        changed |= !before.isEmpty();
        return out;
    }

    private static BasicFileAttributes attributes(Path f) {
        try {
            return Files.readAttributes(f, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static long modified(BasicFileAttributes a) {
        return a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    private static String fileKey(BasicFileAttributes a) {
        return a == null ? "" : String.valueOf(a.fileKey());
    }

    /** Writes the index when a page was read or dropped: a temporary file, then an atomic move. */
    synchronized void save() {
        if (!changed) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                write(out);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            changed = false;
        } catch (IOException | RuntimeException e) {
            // no cache folder, a read-only one, a name too long to write: the next run reads the pages again
        } finally {
            if (temp != null) {
                temp.toFile().delete(); // gone after the move; else not worth a failure
            }
        }
    }

    private void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(root.toString());
        writeSection(out, people, (o, p) -> {
            o.writeUTF(p.id());
            o.writeUTF(p.title());
            o.writeBoolean(p.picture() != null);
            if (p.picture() != null) {
                o.writeUTF(p.picture());
            }
        });
        writeSection(out, archives, (o, names) -> {
            o.writeInt(names.size());
            for (Map.Entry<String, Integer> e : names.entrySet()) {
                o.writeUTF(e.getKey());
                o.writeInt(e.getValue());
            }
        });
        writeSection(out, credits, (o, c) -> {
            o.writeBoolean(c.title() != null);
            if (c.title() != null) {
                o.writeUTF(c.title());
            }
            o.writeInt(c.ids().size());
            for (String id : c.ids()) {
                o.writeUTF(id);
            }
        });
    }

    private void load() {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(root.toString())) {
                return;
            }
            Map<String, Kept<Person>> p = readSection(in, i -> new Person(i.readUTF(), i.readUTF(),
                    i.readBoolean() ? i.readUTF() : null));
            Map<String, Kept<Map<String, Integer>>> a = readSection(in, i -> {
                Map<String, Integer> names = new LinkedHashMap<>();
                for (int n = i.readInt(); n > 0; n--) {
                    names.put(i.readUTF(), i.readInt());
                }
                return names;
            });
            Map<String, Kept<NamingPages.Credits>> c = readSection(in, i -> {
                String title = i.readBoolean() ? i.readUTF() : null;
                List<String> ids = new ArrayList<>();
                for (int n = i.readInt(); n > 0; n--) {
                    ids.add(i.readUTF());
                }
                return new NamingPages.Credits(title, ids);
            });
            if (in.available() == 0) {
                people.putAll(p);
                archives.putAll(a);
                credits.putAll(c);
            }
        } catch (IOException | RuntimeException e) {
            // no cache yet, or one this version cannot read: every page is read and the file rebuilt
        }
    }

    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> void writeSection(DataOutputStream out, Map<String, Kept<T>> section, Writer<T> writer)
            throws IOException {
        out.writeInt(section.size());
        for (Map.Entry<String, Kept<T>> e : section.entrySet()) {
            out.writeUTF(e.getKey());
            Kept<T> k = e.getValue();
            out.writeLong(k.size());
            out.writeLong(k.modified());
            out.writeUTF(k.fileKey());
            out.writeBoolean(k.value() != null);
            if (k.value() != null) {
                writer.write(out, k.value());
            }
        }
    }

    private static <T> Map<String, Kept<T>> readSection(DataInputStream in, Reader<T> reader) throws IOException {
        Map<String, Kept<T>> out = new HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String key = in.readUTF();
            long size = in.readLong();
            long modified = in.readLong();
            String fileKey = in.readUTF();
            out.put(key, new Kept<>(size, modified, fileKey, in.readBoolean() ? reader.read(in) : null));
        }
        return out;
    }

    /** The cache file's name for a site: its folder's name and the hash of its path (the file holds the path). */
    private static String fileName(Path root) {
        Path name = root.getFileName();
        return (name == null ? "root" : name.toString()) + "-" + Integer.toHexString(root.toString().hashCode()) + ".index";
    }
}
