package dev.archivist.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** The site's date format, {@code d MMM yyyy} in English, for the {@code start} and {@code end} timestamps. */
final class SiteDates {

    private static final DateTimeFormatter SITE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    /** YAML's timestamp without a zone: a date, then optionally a time after a space or a T. */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-M-d")
            .optionalStart()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("H:mm")
            .optionalStart().appendPattern(":ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private SiteDates() {
    }

    /** {@code 2021-07-19 00:00:00} as {@code 19 Jul 2021}; anything else as written; null stays null. */
    static String format(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            TemporalAccessor parsed = TIMESTAMP.parseBest(timestamp.strip(), LocalDateTime::from, LocalDate::from);
            LocalDate date = parsed instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) parsed;
            return SITE.format(date);
        } catch (DateTimeParseException e) {
            return timestamp;
        }
    }

    /**
     * The line under the authors: "The book of the week from 19 Jul 2021 to 23 Jul 2021", with
     * the missing end left out; null when there is no start.
     */
    static String week(String start, String end) {
        if (start == null || start.isBlank()) {
            return null;
        }
        String line = "The book of the week from " + format(start);
        return end == null || end.isBlank() ? line : line + " to " + format(end);
    }
}
