package dev.archivist.check.links;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One piece of Slack's own markup left in a text ({@code <url|label>}, {@code <mailto:a@b|a@b>},
 * {@code <#C0123|chan>}, {@code <@U0123>}, {@code <!here>}) and the Markdown it stands for.
 *
 * @param start index of {@code <} in the text
 * @param end index after {@code >}
 * @param target what stands before {@code |} (Slack-escaped)
 * @param label what stands after {@code |}, or null
 */
record SlackToken(int start, int end, Type type, String target, String label) {
    /** CommonMark's e-mail autolink grammar. */
    private static final Pattern EMAIL = Pattern.compile(
            "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");
    private static final Pattern CHANNEL_ID = Pattern.compile("#[CG][A-Z0-9]{2,}");
    private static final Pattern USER_ID = Pattern.compile("@[UWB][A-Z0-9]{2,}");
    private static final Pattern SPECIAL = Pattern.compile("![a-z]+(?:\\^.*)?");
    private static final Set<String> BROADCASTS = Set.of("here", "channel", "everyone");

    enum Type { LINK, CHANNEL, USER, SPECIAL }

    /** The Slack token starting at {@code <} at this index, if there is one (it never spans lines). */
    static Optional<SlackToken> at(String text, int start) {
        int n = text.length();
        int end = start + 1;
        int bar = -1;
        for (char c; end < n && (c = text.charAt(end)) != '<' && c != '>' && c != '\n'; end++) {
            if (c == '|' && bar < 0) {
                bar = end;
            }
        }
        if (end >= n || text.charAt(end) != '>' || end == start + 1) {
            return Optional.empty();
        }
        String target = text.substring(start + 1, bar < 0 ? end : bar);
        String label = bar < 0 || bar == end - 1 ? null : text.substring(bar + 1, end);
        int after = end + 1;
        return type(target).map(t -> new SlackToken(start, after, t, target, label));
    }

    private static Optional<Type> type(String target) {
        // each id pattern starts with its own sign, asked first: most tokens are links
        char sign = target.isEmpty() ? ' ' : target.charAt(0);
        if (sign == '#' && CHANNEL_ID.matcher(target).matches()) {
            return Optional.of(Type.CHANNEL);
        }
        if (sign == '@' && USER_ID.matcher(target).matches()) {
            return Optional.of(Type.USER);
        }
        if (sign == '!' && SPECIAL.matcher(target).matches()) {
            return Optional.of(Type.SPECIAL);
        }
        for (int i = 0; i < target.length(); i++) {
            if (target.charAt(i) <= ' ') {
                return Optional.empty();
            }
        }
        return Url.isAbsolute(target) ? Optional.of(Type.LINK) : Optional.empty();
    }

    /** The URL of a link token as Slack meant it (its {@code &amp;} escapes undone); null otherwise. */
    String url() {
        return type == Type.LINK ? UrlText.slackUnescape(target) : null;
    }

    /** True when this is markup to report: anything but a plain {@code <url>}, which is also a Markdown autolink. */
    boolean isProblem() {
        return type != Type.LINK || label != null;
    }

    /** The Markdown for the token when there is one right answer; empty when only a person can say. */
    Optional<String> markdown() {
        return switch (type) {
            case LINK -> label == null ? Optional.empty() : link();
            case CHANNEL -> Optional.ofNullable(label).filter(l -> !l.isBlank()).map(l -> "#" + l);
            case USER -> Optional.ofNullable(label).filter(l -> !l.isBlank()).map(l -> l.startsWith("@") ? l : "@" + l);
            case SPECIAL -> special();
        };
    }

    private Optional<String> link() {
        String url = url();
        String shown = UrlText.slackUnescape(label);
        if (url.regionMatches(true, 0, "mailto:", 0, 7)) {
            String address = url.substring(7);
            if (shown.equals(address) && EMAIL.matcher(address).matches()) {
                return Optional.of("<" + address + ">");
            }
        }
        if ((shown.isBlank() || UrlText.sameUrl(shown, url)) && UrlText.autolinkable(url)) {
            return Optional.of("<" + url + ">");
        }
        String destination = destination(url);
        return destination == null || label.isBlank() ? Optional.empty()
                : Optional.of("[" + escapeLinkText(label) + "](" + destination + ")");
    }

    private Optional<String> special() {
        String name = target.substring(1).split("\\^", 2)[0].toLowerCase(Locale.ROOT);
        if (BROADCASTS.contains(name)) {
            return Optional.of("@" + name);
        }
        return Optional.ofNullable(label).filter(l -> !l.isBlank());
    }

    /** A Markdown link destination for the URL, bracketed when it needs to be; null when it cannot be written. */
    static String destination(String url) {
        int depth = 0;
        boolean plain = true;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '<' || c == '>' || c == '\n' || c == '\\') {
                return null;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            plain &= c > ' ' && depth >= 0;
        }
        return plain && depth == 0 ? url : "<" + url + ">";
    }

    /** Link text in which Slack's label reads the same: brackets escaped, a final backslash doubled. */
    static String escapeLinkText(String label) {
        String s = label.replace("[", "\\[").replace("]", "\\]");
        return s.endsWith("\\") && !s.endsWith("\\\\") ? s + "\\" : s;
    }
}
