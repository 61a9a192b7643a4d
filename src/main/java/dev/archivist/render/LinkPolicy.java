package dev.archivist.render;

import dev.archivist.site.Site;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which links and images the preview keeps. Links survive only to {@code http}, {@code https}
 * and {@code mailto}; any other link is shown as its text. Images are shown only from files
 * inside the site root; a web image becomes a link to it (the preview loads nothing from the
 * network), any other image its alt text.
 */
final class LinkPolicy implements UrlSanitizer {

    private static final Pattern TABS_AND_NEWLINES = Pattern.compile("[\t\n\r]");
    private static final Pattern OUTER_CONTROLS = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");

    private LinkPolicy() {
    }

    /** The renderer's last line of defence, after the tree has been rewritten. */
    static UrlSanitizer sanitizer() {
        return new LinkPolicy();
    }

    /**
     * The URL cleaned as a browser reads it (tabs and newlines dropped, outer controls and
     * spaces trimmed) when its scheme is {@code http}, {@code https} or {@code mailto}.
     */
    static Optional<String> webLink(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String clean = OUTER_CONTROLS.matcher(TABS_AND_NEWLINES.matcher(url).replaceAll("")).replaceAll("");
        String lower = clean.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
        return web ? Optional.of(clean) : Optional.empty();
    }

    /** Keeps a link to the web, or puts its text in its place. */
    static void link(Link link) {
        Optional<String> url = webLink(link.getDestination());
        if (url.isPresent()) {
            link.setDestination(url.get());
        } else {
            unwrap(link);
        }
    }

    /** Points an image at its file inside the site root, or replaces it as the policy says. */
    static void image(Image image, Site site) {
        Optional<String> file = SiteFiles.fileUrl(site, image.getDestination());
        if (file.isPresent()) {
            image.setDestination(file.get());
            return;
        }
        Optional<String> url = webLink(image.getDestination());
        if (url.isPresent()) {
            Link link = new Link(url.get(), image.getTitle());
            moveChildren(image, link);
            if (link.getFirstChild() == null) {
                link.appendChild(new Text(url.get()));
            }
            image.insertBefore(link);
            image.unlink();
        } else {
            unwrap(image);
        }
    }

    @Override
    public String sanitizeLinkUrl(String url) {
        return webLink(url).orElse("");
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return url != null && url.startsWith("file:") ? url : "";
    }

    /** Replaces a node by its children. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }
}
