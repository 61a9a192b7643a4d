package dev.archivist.render;

import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Kramdown's automatic links: {@code <} + {@code http(s)}, {@code ftp(s)} or {@code mailto} +
 * anything up to the first {@code >} on the line. Kramdown allows spaces and any character
 * there, commonmark does not, so Slack's {@code <https://x|the docs>} is a link on the site
 * (its text is the whole {@code https://x|the docs}) and would be plain text in commonmark.
 * Runs before commonmark's own autolink parser; other schemes and e-mail addresses are left
 * to it.
 */
final class KramdownAutolinks implements InlineContentParserFactory {

    private static final Pattern SCHEME = Pattern.compile("(?i)(?:mailto|https?|ftps?):.*");

    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('<');
    }

    @Override
    public InlineContentParser create() {
        return KramdownAutolinks::tryParse;
    }

    private static ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next();
        if ("hHfFmM".indexOf(scanner.peek()) < 0) {
            return ParsedInline.none();
        }
        Position start = scanner.position();
        while (scanner.hasNext() && scanner.peek() != '>' && scanner.peek() != '\n') {
            scanner.next();
        }
        if (scanner.peek() != '>') {
            return ParsedInline.none();
        }
        String source = scanner.getSource(start, scanner.position()).getContent();
        scanner.next();
        if (!SCHEME.matcher(source).matches() || source.indexOf(':') == source.length() - 1) {
            return ParsedInline.none();
        }
        // kramdown writes the source into href and text (without "mailto:"); a browser then
        // decodes its entities
        String url = StringEscapeUtils.unescapeHtml4(source);
        Link link = new Link(url, null);
        link.appendChild(new Text(url.startsWith("mailto:") ? url.substring(7) : url));
        return ParsedInline.of(link, scanner.position());
    }
}
