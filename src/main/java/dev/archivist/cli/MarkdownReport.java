package dev.archivist.cli;

import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code check --format markdown}: the report as Markdown to paste into a pull request, a table
 * of the findings with their file, line, column and place, the pages that could not be read,
 * and the summary (with the online check's, when it ran).
 */
final class MarkdownReport {

    /** One page's findings: its path, why it could not be read (or null), its problems. */
    record Page(String path, String error, List<Problem> problems) {
    }

    private MarkdownReport() {
    }

    static void print(PrintWriter out, List<Page> pages, Map<Kind, Integer> byKind, OnlineLinks online) {
        int problems = pages.stream().mapToInt(p -> p.problems().size()).sum();
        out.println("## Archivist check");
        out.println();
        out.println(problems + " problem" + (problems == 1 ? "" : "s") + " in " + pages.size() + " file"
                + (pages.size() == 1 ? "" : "s") + (byKind.isEmpty() ? "" : ": " + counts(byKind)));
        if (problems > 0) {
            out.println();
            out.println("| File | Line | Where | Kind | Finding | Fix |");
            out.println("| --- | --- | --- | --- | --- | --- |");
            for (Page page : pages) {
                for (Problem p : page.problems()) {
                    out.println("| " + code(page.path()) + " | " + p.line() + ":" + p.column() + " | " + code(p.where())
                            + " | " + code(p.kind().id()) + " | " + cell(p.message()) + " | " + fix(p) + " |");
                }
            }
        }
        List<Page> unread = pages.stream().filter(p -> p.error() != null).toList();
        if (!unread.isEmpty()) {
            out.println();
            out.println("Not read:");
            out.println();
            unread.forEach(p -> out.println("- " + code(p.path()) + ": " + cell(p.error())));
        }
        if (online != null) {
            out.println();
            out.println(cell(online.summaryLine()));
            List<String> notChecked = online.notCheckedLines();
            if (!notChecked.isEmpty()) {
                out.println();
                notChecked.forEach(line -> out.println("- " + cell(line)));
            }
        }
    }

    private static String counts(Map<Kind, Integer> byKind) {
        StringBuilder sb = new StringBuilder();
        Reports.byId(byKind).forEach((k, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(code(k)).append(' ').append(n));
        return sb.toString();
    }

    private static String fix(Problem p) {
        if (p.fix() == null || p.fix().after() == null) {
            return "";
        }
        return cell(Reports.oneLine(p.fix().before())) + " → " + cell(Reports.oneLine(p.fix().after()))
                + (p.fix().safe() ? "" : " (suggestion)");
    }

    /** Text for a table cell: on one line, its pipes escaped. */
    private static String cell(String s) {
        return s.replace("\r", "").replace("\n", " ").replace("|", "\\|");
    }

    /** A code span for a cell; a value holding a backtick is written as text. */
    private static String code(String s) {
        return s.isEmpty() ? "" : s.indexOf('`') >= 0 ? cell(s) : "`" + cell(s) + "`";
    }
}
