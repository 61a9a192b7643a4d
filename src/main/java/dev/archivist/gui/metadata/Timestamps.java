package dev.archivist.gui.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The timestamps of a page as the date and time pickers see them, written back in the format
 * the file already uses ({@code 2021-07-19 00:00:00} in every archive so far).
 */
public final class Timestamps {
    private static final List<String> PATTERNS = List.of("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss",
            "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm");
    public static final String HOUSE = PATTERNS.get(0);

    private Timestamps() {
    }

    /** The date and time a value holds, if it reads as one (a date alone is midnight). */
    public static Optional<LocalDateTime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        for (String p : PATTERNS) {
            try {
                return Optional.of(LocalDateTime.parse(v, DateTimeFormatter.ofPattern(p)));
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        try {
            return Optional.of(LocalDate.parse(v).atStartOfDay());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The pattern of a value, so a new value is written the same way; the house pattern when unknown. */
    public static String patternOf(String value) {
        if (value != null) {
            String v = value.strip();
            for (String p : PATTERNS) {
                try {
                    LocalDateTime.parse(v, DateTimeFormatter.ofPattern(p));
                    return p;
                } catch (DateTimeParseException e) {
                    // not this one
                }
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return "yyyy-MM-dd";
            }
        }
        return HOUSE;
    }

    /** The value of a new date and time in the pattern of the old value. */
    public static String write(LocalDate date, LocalTime time, String oldValue) {
        String pattern = patternOf(oldValue);
        LocalDateTime at = date.atTime(time == null ? LocalTime.MIDNIGHT : time);
        return pattern.equals("yyyy-MM-dd") && !at.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? at.format(DateTimeFormatter.ofPattern(HOUSE)) : at.format(DateTimeFormatter.ofPattern(pattern));
    }

    /** Reads a time typed as {@code 9:30}, {@code 09:30} or {@code 09:30:15}. */
    public static Optional<LocalTime> parseTime(String typed) {
        String t = typed == null ? "" : typed.strip();
        for (String p : List.of("H:mm:ss", "H:mm", "H")) {
            try {
                return Optional.of(LocalTime.parse(t, DateTimeFormatter.ofPattern(p)));
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }
}
