package dev.archivist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What the application is: its version, written by the build, and the libraries it ships with
 * their licences (the build's resolved list, {@code libraries.txt}, joined with {@code licences.tsv}).
 */
public final class About {
    static final String LIBRARIES = "libraries.txt";
    static final String LICENCES = "licences.tsv";

    /**
     * One library: a name for people, its version, its licence and its home page.
     *
     * @param artifacts the {@code group:artifact} ids shipped under that name (JavaFX has seven)
     */
    public record Library(String name, String version, String licence, String url, List<String> artifacts) {
    }

    /** A licence row of {@code licences.tsv}. */
    record Licence(String name, String licence, String url) {
    }

    private About() {
    }

    /** The version from the build ({@code 0.1.0-SNAPSHOT}), or "unknown" outside a Maven build. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = About.class.getResourceAsStream("about.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("version", "");
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }

    /**
     * The libraries the build resolved, by name, with their licences; artifacts of one library
     * (same name and version) are one entry. Empty outside a Maven build.
     */
    public static List<Library> libraries() {
        Map<String, Licence> licences = licences();
        Map<String, Library> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : resolved().entrySet()) {
            Licence l = licences.getOrDefault(a.getKey(), new Licence(a.getKey(), "not listed", ""));
            Library lib = byName.computeIfAbsent(l.name() + " " + a.getValue(),
                    k -> new Library(l.name(), a.getValue(), l.licence(), l.url(), new ArrayList<>()));
            lib.artifacts().add(a.getKey());
        }
        return byName.values().stream().sorted(Comparator.comparing(l -> l.name().toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * The build's resolved runtime libraries, {@code group:artifact} to version, from the
     * dependency plugin's list ({@code   org.yaml:snakeyaml:jar:2.7 -- module org.yaml.snakeyaml}).
     */
    static Map<String, String> resolved() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(LIBRARIES)) {
            String[] parts = line.strip().split("\\s+")[0].split(":");
            // group:artifact:type[:classifier]:version
            if (parts.length >= 4) {
                out.put(parts[0] + ":" + parts[1], parts[parts.length - 1]);
            }
        }
        return out;
    }

    /** {@code licences.tsv}: group:artifact to its name, licence and home page. */
    static Map<String, Licence> licences() {
        Map<String, Licence> out = new LinkedHashMap<>();
        for (String line : lines(LICENCES)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalStateException(LICENCES + ": not artifact, name, licence and url: " + line);
            }
            out.put(f[0], new Licence(f[1], f[2], f[3]));
        }
        return out;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = About.class.getResourceAsStream(resource)) {
            return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
