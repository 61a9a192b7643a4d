package dev.archivist.check;

import dev.archivist.model.BookArchive;
import dev.archivist.model.Kind;
import dev.archivist.model.PageKind;
import dev.archivist.model.Problem;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code content.empty-text} and {@code content.dates}: what a person has to look at, no fixes. */
public final class ContentCheck implements Check {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern FILE_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})-");

    @Override
    public List<Problem> check(CheckContext context) {
        List<Problem> out = new ArrayList<>();
        BookArchive book = BookArchive.of(context.root());
        for (BookArchive.Message t : book.threads()) {
            emptyText(context, t, out);
            for (BookArchive.Message r : t.replies()) {
                emptyText(context, r, out);
            }
        }
        dates(context, book, out);
        return out;
    }

    private static void emptyText(CheckContext context, BookArchive.Message m, List<Problem> out) {
        if (m.text() == null || m.text().isBlank()) {
            YamlPath path = m.path().key("text");
            YamlPath where = path.find(context.root()).isPresent() ? path : m.path();
            String who = m.name() == null ? "someone" : m.name();
            String what = m.isThread() ? "a question" : "a reply";
            out.add(new Problem(Kind.EMPTY_TEXT, where, context.line(where), context.column(where),
                    what + " by " + who + " has no text", null));
        }
    }

    private static void dates(CheckContext context, BookArchive book, List<Problem> out) {
        LocalDateTime start = parse(book.start());
        LocalDateTime end = parse(book.end());
        YamlPath startPath = YamlPath.of("start");
        if (start != null && end != null && end.isBefore(start)) {
            YamlPath p = YamlPath.of("end");
            out.add(new Problem(Kind.DATES, p, context.line(p), context.column(p),
                    "end (" + book.end() + ") is before start (" + book.start() + ")", null));
        }
        Path file = context.document().path();
        if (start != null && file != null) {
            Matcher m = FILE_DATE.matcher(file.getFileName().toString());
            if (m.find()) {
                String fileDate = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
                if (!start.toLocalDate().toString().equals(fileDate)) {
                    out.add(new Problem(Kind.DATES, startPath, context.line(startPath), context.column(startPath),
                            "start (" + book.start() + ") does not match the date in the file name (" + fileDate + ")",
                            null));
                }
            }
        }
        for (String key : List.of("start", "end")) {
            String value = "start".equals(key) ? book.start() : book.end();
            if (value != null && parse(value) == null) {
                YamlPath p = YamlPath.of(key);
                out.add(new Problem(Kind.DATES, p, context.line(p), context.column(p),
                        key + " (" + value + ") is not a timestamp like 2021-07-19 00:00:00", null));
            }
        }
    }

    private static LocalDateTime parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim(), TIMESTAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A book's threads and its start and end: other pages have neither (an episode's dates are its own checks'). */
    @Override
    public boolean appliesTo(PageKind kind) {
        return kind == PageKind.BOOK;
    }

    @Override
    public boolean fixes() {
        return false;
    }

    @Override
    public java.util.Set<Kind> kinds() {
        return java.util.EnumSet.of(Kind.EMPTY_TEXT, Kind.DATES);
    }
}
