package dev.archivist.cli;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.ParseError;
import dev.archivist.model.Problem;
import dev.archivist.model.SourceInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** How problems and errors are printed, as text lines and as JSON objects. */
final class Reports {
    /** Frames of an internal error printed: enough to find the fault, not the thousand of a stack overflow. */
    private static final int TRACE_FRAMES = 12;

    private Reports() {
    }

    /** Counts by kind, by the kinds' ids in their order: how the reports print them. */
    static Map<String, Integer> byId(Map<Kind, Integer> counts) {
        Map<String, Integer> out = new TreeMap<>();
        counts.forEach((k, n) -> out.put(k.id(), n));
        return out;
    }

    /** The parsed page, or null after saying on {@code err} why it could not be read or parsed. */
    static ArchiveDocument readParsed(Path file, PrintWriter err) {
        ArchiveDocument doc = dev.archivist.io.read.ArchiveReader.read(file);
        if (doc.parsed()) {
            return doc;
        }
        err.println(errorLine(file, doc.error()));
        err.flush();
        return null;
    }

    static Map<String, Object> error(ParseError error) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("message", error.message());
        e.put("line", error.line());
        e.put("column", error.column());
        return e;
    }

    /**
     * What to tell of the charset a page's text was read with, or null for UTF-8 (or no text): the
     * charset, and what a save does with it. A detected charset is a guess that a save replaces
     * with UTF-8; one the file declares (its byte order mark) is kept by a save.
     */
    static String charsetNote(SourceInfo source) {
        if (source == null || source.charset() == null || source.charset().equalsIgnoreCase("UTF-8")) {
            return null;
        }
        return source.detected()
                ? "not UTF-8; read as " + source.charset() + ". Saving it (fix, format, set or the editor) writes UTF-8."
                : "read as " + source.charset() + ", as its byte order mark declares. Saving it keeps that encoding.";
    }

    /** A page's error for a failure of Archivist itself on it (no place in the file: line and column 0). */
    static ParseError internalError(Throwable e) {
        // the person is told what happened; what failed goes to standard error for the report
        return new ParseError("Archivist failed on this page (a fault in Archivist, not in the page); "
                + "please report it with the page", 0, 0);
    }

    /** Where Archivist failed, on standard error, for the report of the fault: the first frames only. */
    static void printInternalError(PrintWriter err, Path file, Throwable e) {
        err.println("archivist: " + file + ": " + e);
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(TRACE_FRAMES, frames.length); i++) {
            err.println("\tat " + frames[i]);
        }
        err.flush();
    }

    static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind().id());
        m.put("where", p.where());
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("message", p.message());
        m.put("before", p.fix() == null ? null : p.fix().before());
        m.put("after", p.fix() == null ? null : p.fix().after());
        return m;
    }

    static String errorLine(Path file, ParseError e) {
        return file + ":" + e.line() + ":" + e.column() + ": error: " + e.message();
    }

    /** Appends the problem's line (and its fix line, when it has one) to {@code sb}, without a final line break. */
    static StringBuilder problemLine(StringBuilder sb, String file, Problem p) {
        sb.append(file).append(':').append(p.line()).append(':').append(p.column()).append(": ")
                .append(p.kind().id()).append(": ").append(p.message());
        if (!p.where().isEmpty()) {
            sb.append(" [").append(p.where()).append(']');
        }
        if (p.fix() != null && p.fix().after() != null) {
            sb.append(System.lineSeparator()).append("    ").append(oneLine(p.fix().before()))
                    .append("  ->  ").append(oneLine(p.fix().after()))
                    .append(p.fix().safe() ? "" : "  (suggestion)");
        }
        return sb;
    }

    static String oneLine(String s) {
        String flat = s == null ? "" : s.replace("\n", "\\n");
        return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
    }
}
