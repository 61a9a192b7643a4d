package dev.archivist.gui.problems;

import dev.archivist.check.Check;
import dev.archivist.edit.Archive;
import dev.archivist.edit.EditSession;
import dev.archivist.edit.PageState;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.Problem;
import dev.archivist.site.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks an editor state off the FX thread: the problems are those of the text a save would
 * write now, read back, so they are what {@code check} says of the saved file, with its lines.
 */
public final class ProblemChecker {

    /**
     * Problems of one state.
     *
     * @param refused why the state cannot be written, or null (then there are no problems to show)
     */
    public record Result(PageState state, List<Problem> problems, String refused) {
    }

    private ProblemChecker() {
    }

    public static Result check(List<Check> checks, PageState state, Site site) {
        PageWriter.Prepared written;
        try {
            written = EditSession.prepare(state);
        } catch (WriteRefused e) {
            return new Result(state, List.of(), e.getMessage());
        }
        List<Problem> problems = new ArrayList<>(EditSession.problems(written.document(), site, checks));
        problems.sort(ORDER);
        return new Result(state, List.copyOf(problems), null);
    }

    /** The thread a problem is in, or -1 for the header (no allocation: this runs over every problem). */
    static int threadOf(Problem p) {
        List<Object> s = p.path().segments();
        return s.size() >= 2 && Archive.ARCHIVE.equals(s.get(0)) && s.get(1) instanceof Integer t ? t : -1;
    }

    /** Header first, then threads and replies in order, then by line and column; allocates nothing. */
    static final Comparator<Problem> ORDER = Comparator
            .comparingInt(ProblemChecker::threadOf)
            .thenComparingInt(ProblemChecker::replyOf)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(p -> p.kind().id());

    /** The reply a problem is in, or -1 for a thread or the header. */
    static int replyOf(Problem p) {
        List<Object> s = p.path().segments();
        return s.size() >= 4 && Archive.REPLIES.equals(s.get(2)) && s.get(3) instanceof Integer r ? r : -1;
    }
}
