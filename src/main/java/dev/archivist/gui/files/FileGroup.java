package dev.archivist.gui.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A collection of the open site, or its pages outside every collection, with its pages' counts. */
public record FileGroup(String name, List<FileRow> rows) implements FileEntry {
    /** The group of a site's pages in no collection (root-level pages and the like). */
    public static final String OUTSIDE = "";

    public FileGroup {
        rows = List.copyOf(rows);
    }

    /** What the list shows: the collection's folder name, or "other pages". */
    public String label() {
        return name.equals(OUTSIDE) ? "other pages" : name;
    }

    public int pages() {
        return rows.size();
    }

    /** The problems of the pages checked so far. */
    public int problems() {
        return rows.stream().mapToInt(r -> Math.max(r.problems(), 0)).sum();
    }

    /** The pages that could not be read or checked. */
    public int errors() {
        return (int) rows.stream().filter(r -> r.error() != null).count();
    }

    /** True once every page was checked or failed. */
    public boolean checked() {
        return rows.stream().allMatch(r -> r.problems() >= 0 || r.error() != null);
    }

    /** The groups of the rows in their order; none when the rows have no group (a folder that is not a site). */
    public static List<FileGroup> of(List<FileRow> rows) {
        Map<String, List<FileRow>> by = new LinkedHashMap<>();
        for (FileRow r : rows) {
            if (r.group() != null) {
                by.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
            }
        }
        List<FileGroup> out = new ArrayList<>();
        by.forEach((name, list) -> out.add(new FileGroup(name, list)));
        return out;
    }
}
