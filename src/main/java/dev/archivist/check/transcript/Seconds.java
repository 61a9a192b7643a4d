package dev.archivist.check.transcript;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The times of an episode as the site writes them besides its clock ({@link dev.archivist.model.PodcastEpisode#clock}): seconds, YouTube's {@code t=}. */
final class Seconds {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,7}");
    /** YouTube's start time: {@code 123}, {@code 123s}, {@code 1m2s}, {@code 1h2m3s}, {@code 2m}. */
    private static final Pattern YOUTUBE_T = Pattern.compile("(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s?)?");
    private static final Pattern T_PARAM = Pattern.compile("[?&#]t=([^&#]*)");

    private Seconds() {
    }

    /** A number of seconds written as digits (an integer scalar or a quoted one), if it is one. */
    static OptionalInt number(String text) {
        String t = text.strip();
        return DIGITS.matcher(t).matches() ? OptionalInt.of(Integer.parseInt(t)) : OptionalInt.empty();
    }

    /** The {@code t=} of a URL, as written, or null when it has none. */
    static String tParam(String url) {
        Matcher m = T_PARAM.matcher(url);
        return m.find() ? m.group(1) : null;
    }

    /** The seconds of a {@code t=} value, if it is one of YouTube's forms. */
    static OptionalInt youtube(String t) {
        Matcher m = YOUTUBE_T.matcher(t.strip());
        if (t.isBlank() || !m.matches()) {
            return OptionalInt.empty();
        }
        long s = part(m.group(1)) * 3600 + part(m.group(2)) * 60 + part(m.group(3));
        return s > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) s);
    }

    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits.length() > 9 ? "999999999" : digits);
    }
}
