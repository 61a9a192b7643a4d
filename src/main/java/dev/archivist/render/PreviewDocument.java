package dev.archivist.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame of every preview: doctype, the Content-Security-Policy of
 * {@link PageRenderer#CONTENT_SECURITY_POLICY}, the title and the inline stylesheets.
 */
final class PreviewDocument {

    /** The book page's stylesheet, which every page uses. */
    static final String BASE_STYLES = stylesheet("preview.css");
    /** What episode, person and plain pages add to it. */
    static final String PAGE_STYLES = stylesheet("preview-pages.css");

    private PreviewDocument() {
    }

    /** Everything up to {@code <body>}, with the given stylesheets in order. */
    static void head(StringBuilder html, String title, String... styles) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(PageRenderer.CONTENT_SECURITY_POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.plain(title)).append("</title>\n")
                .append("<style>\n");
        for (String style : styles) {
            html.append(style);
        }
        html.append("</style>\n</head>\n");
    }

    /** The end of a page opened with {@code <body>\n<main ...>}. */
    static String end(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String stylesheet(String name) {
        try (InputStream in = PreviewDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
