package dev.archivist.render;

import dev.archivist.site.Site;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Files of the site the preview may show or link to: existing files inside the site root. */
final class SiteFiles {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private SiteFiles() {
    }

    /**
     * The {@code file:} URL of a site path ({@code images/x.jpg}, {@code /images/x.jpg}) or of a
     * {@code file:} URL, when it names an existing regular file whose real path (symbolic links
     * followed) lies inside the site root; empty otherwise, and always when the site is null.
     */
    static Optional<String> fileUrl(Site site, String reference) {
        return file(site, reference).map(p -> p.toUri().toString());
    }

    /** The real path of the file {@link #fileUrl} points to, under the same rules. */
    static Optional<Path> file(Site site, String reference) {
        if (site == null || reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.strip();
        Optional<Path> candidate;
        if (ref.regionMatches(true, 0, "file:", 0, 5)) {
            candidate = fromFileUrl(ref);
        } else if (SCHEME.matcher(ref).find() || ref.startsWith("//")) {
            candidate = Optional.empty();
        } else {
            candidate = site.resolve(ref);
        }
        return candidate.flatMap(p -> insideRoot(site, p));
    }

    private static Optional<Path> fromFileUrl(String url) {
        try {
            return Optional.of(Path.of(URI.create(url)));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> insideRoot(Site site, Path path) {
        try {
            Path real = path.toRealPath();
            Path root = site.root().toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
