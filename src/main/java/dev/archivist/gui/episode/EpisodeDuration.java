package dev.archivist.gui.episode;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An episode's {@code duration} as people read it ({@code 1:05:29}) and as the page writes it
 * (ISO 8601, {@code PT01H05M29S}, sometimes without a part that is zero: {@code PT01H29S}).
 */
public final class EpisodeDuration {
    private static final Pattern ISO = Pattern.compile("PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?");
    private static final Pattern TYPED = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})");

    private EpisodeDuration() {
    }

    /** Seconds in an ISO duration, or empty when it is not one. */
    public static Optional<Integer> seconds(String iso) {
        Matcher m = iso == null ? null : ISO.matcher(iso.strip());
        if (m == null || !m.matches() || iso.strip().equals("PT")) {
            return Optional.empty();
        }
        return Optional.of(part(m, 1) * 3600 + part(m, 2) * 60 + part(m, 3));
    }

    /** {@code PT01H05M29S} as {@code 1:05:29}; a value that is not a duration is shown as written. */
    public static String shown(String iso) {
        return seconds(iso).map(EpisodeDuration::clock).orElse(iso == null ? "" : iso);
    }

    /** Seconds as {@code h:mm:ss}. */
    public static String clock(int seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Reads {@code h:mm:ss} or {@code m:ss}; empty when the text is neither. */
    public static Optional<Integer> typed(String text) {
        Matcher m = text == null ? null : TYPED.matcher(text.strip());
        if (m == null || !m.matches() || Integer.parseInt(m.group(3)) > 59
                || m.group(1) != null && Integer.parseInt(m.group(2)) > 59) {
            return Optional.empty();
        }
        return Optional.of(part(m, 1) * 3600 + part(m, 2) * 60 + part(m, 3));
    }

    /**
     * The ISO form of a duration, with the parts the old value wrote (two digits each) and any
     * other part that is not zero.
     */
    public static String iso(int seconds, String old) {
        Matcher m = old == null ? null : ISO.matcher(old.strip());
        boolean known = m != null && m.matches() && !old.strip().equals("PT");
        int h = seconds / 3600;
        int min = seconds / 60 % 60;
        int s = seconds % 60;
        StringBuilder out = new StringBuilder("PT");
        if (h > 0 || !known || m.group(1) != null) {
            out.append(String.format("%02dH", h));
        }
        if (min > 0 || !known || m.group(2) != null) {
            out.append(String.format("%02dM", min));
        }
        if (s > 0 || !known || m.group(3) != null || out.length() == 2) {
            out.append(String.format("%02dS", s));
        }
        return out.toString();
    }

    private static int part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }
}
