package dev.archivist.edit;

import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.check.FixEngine;
import dev.archivist.check.names.Rename;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.io.write.ScalarValues;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Edit;
import dev.archivist.model.EditBatch;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * One open page and every edit that can be made to it: set a value, insert, delete, move and
 * merge, fix, rename, format, undo and redo through one history, and save. The editor's menus,
 * drag and drop and panes, the {@code edit} command and every other command that writes a page
 * make their changes here, so they all keep the same promises.
 *
 * <p>The problems of a page are always those of the text a save would write now, read back:
 * what {@code check} would say of the saved file, with its lines. Not thread-safe: the editor
 * uses a session on the FX thread and hands immutable states and requests to its background work.
 */
public final class EditSession {
    private final Site site;
    private final List<Check> checks;
    private final History history;
    private Path path;
    private String diskText;
    private YamlPath lastFocus;
    private PageState pendingFor;
    private PageWriter.Prepared pending;
    private PageWriter.Prepared problemsFor;
    private List<Problem> problems;

    /**
     * @param doc the page as read (parsed)
     * @param diskText what the file holds now (differs from the document's text when the user
     *                 repaired a file that did not parse), or null for a page not yet on disk
     * @param site the site around the page, or null
     * @param checks the check families its problems come from
     * @param clock for merging quick typing into one step
     */
    public EditSession(ArchiveDocument doc, String diskText, Site site, List<Check> checks, LongSupplier clock) {
        if (!doc.parsed()) {
            throw new IllegalArgumentException("only a parsed page can be edited");
        }
        this.site = site;
        this.checks = List.copyOf(checks);
        this.diskText = diskText;
        this.path = doc.path();
        this.history = new History(PageState.of(doc), Objects.equals(diskText, doc.text()), clock);
    }

    /** A session on a page as read from disk, with every check family. */
    public static EditSession open(ArchiveDocument doc, Site site) {
        return new EditSession(doc, doc.text(), site, Checks.all(), System::nanoTime);
    }

    // what the page is now

    public PageState state() {
        return history.current();
    }

    public YMapping root() {
        return state().root();
    }

    public Site site() {
        return site;
    }

    /** Where the page is saved; null for a page never saved. */
    public Path path() {
        return path;
    }

    /** What the disk held when the page was opened or last saved. */
    public String diskText() {
        return diskText;
    }

    public boolean isModified() {
        return !history.atSavedMark();
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    public String undoLabel() {
        return history.undoLabel();
    }

    public String redoLabel() {
        return history.redoLabel();
    }

    /** Where the last step done, undone or redone happened, for the views to select. */
    public YamlPath lastFocus() {
        return lastFocus;
    }

    /**
     * The text a save would write now and the page it reads back as.
     *
     * @throws WriteRefused when the present state cannot be written (its reason is for a person)
     */
    public PageWriter.Prepared pending() throws WriteRefused {
        PageState s = state();
        if (pendingFor != s) {
            pending = prepare(s);
            pendingFor = s;
        }
        return pending;
    }

    /** The text a state would be saved as, proven to read back as it; pure, for any thread. */
    public static PageWriter.Prepared prepare(PageState s) throws WriteRefused {
        return PageWriter.prepare(s.source(), s.root(), s.body(), s.reformat(), s.width());
    }

    /** The problems of the text a save would write now, sorted by place, with its lines. */
    public List<Problem> problems() throws WriteRefused {
        PageWriter.Prepared p = pending();
        if (problemsFor != p) {
            problems = problems(p.document(), site, checks);
            problemsFor = p;
        }
        return problems;
    }

    /** The problems of a page as {@code check} finds them. Pure, for any thread. */
    public static List<Problem> problems(ArchiveDocument written, Site site, List<Check> checks) {
        return Checks.run(new CheckContext(written, written.root(), site), checks);
    }

    // edits: each is one undo step, or nothing when it changes nothing

    /**
     * Records a step; a step that changes nothing is dropped.
     *
     * @return true when the page changed
     */
    public boolean apply(Step step) {
        if (step.after().sameAs(state())) {
            return false;
        }
        history.push(step);
        lastFocus = step.focus();
        return true;
    }

    /** Sets the value at a path (a JSON value: a string stays a string, whatever it looks like). */
    public boolean set(YamlPath at, YNode value) {
        return set("Set " + Labels.of(at), at, value);
    }

    /** As {@link #set(YamlPath, YNode)}, with the undo step's label. */
    public boolean set(String label, YamlPath at, YNode value) {
        YNode old = at.find(root()).orElse(null);
        // a string set over a string keeps the style it was written in, where that style can hold it
        YNode next = old instanceof YScalar o && o.isString() && value instanceof YScalar v && v.isString()
                && v.style() == null && v.span() == null ? o.withValue(v.value()) : value;
        return tree(label, at, TreeEdits.set(root(), at, next));
    }

    /**
     * Sets the value at a path from typed text: a timestamp, number or boolean stays one while the
     * text still reads as that type. Typing in one field merges into one undo step until a pause.
     */
    public boolean setText(YamlPath at, String text) {
        YNode old = at.find(root()).orElse(null);
        if (old == null && text.isEmpty() || old instanceof YScalar s && !s.isNull() && s.value().equals(text)) {
            return false;
        }
        YMapping next = TreeEdits.set(root(), at, ScalarValues.edit(old, text));
        return apply(new Step("Typing in " + Labels.of(at), at, at.toString(), state().withRoot(next)));
    }

    /** Sets the Markdown body; typing merges into one undo step until a pause. */
    public boolean setBody(String body) {
        return apply(new Step("Typing in the body", YamlPath.ROOT, "#body", state().withBody(body)));
    }

    /** Ends the current typing step (the field lost focus). */
    public void seal() {
        history.seal();
    }

    public boolean insert(YamlPath at, YNode value) {
        return insert("Insert " + Labels.of(at), at, value);
    }

    public boolean insert(String label, YamlPath at, YNode value) {
        return tree(label, at, TreeEdits.insert(root(), at, value));
    }

    /** Deletes values; a thread goes with its replies, and places inside a deleted one are skipped. */
    public boolean delete(List<YamlPath> places) {
        YMapping out = root();
        List<YamlPath> sorted = places.stream().distinct().sorted(EditSession::laterFirst).toList();
        for (YamlPath p : sorted) {
            if (sorted.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q))) {
                out = TreeEdits.delete(out, p);
            }
        }
        String what = places.size() == 1 ? Labels.of(places.get(0)) : places.size() + " messages";
        return tree("Delete " + what, places.isEmpty() ? null : sorted.get(sorted.size() - 1), out);
    }

    public boolean delete(YamlPath at) {
        return delete(List.of(at));
    }

    public boolean delete(String label, YamlPath at) {
        return tree(label, at.parent(), TreeEdits.delete(root(), at));
    }

    /** JSON Patch's move, with the archive's thread and reply rules ({@link TreeEdits#move}). */
    public boolean move(YamlPath from, YamlPath to) {
        YMapping next = TreeEdits.move(root(), from, to);
        return apply(new Step("Move " + Labels.of(from), to, null, state().withRoot(next), from));
    }

    /** Threads merged into the first of them, as replies. */
    public boolean merge(List<Integer> threads) {
        YMapping next = TreeEdits.merge(root(), threads);
        int into = threads.stream().mapToInt(Integer::intValue).min().orElse(0);
        return tree("Merge " + threads.size() + " threads", YamlPath.of(Archive.ARCHIVE, into), next);
    }

    // an episode's transcript: items are named by their place before the edit (transcript[12])

    /**
     * Cuts a line in two at a char offset of its text: the second part becomes a new line right
     * after it, of the same speaker, with a time only when {@code seconds} is given.
     */
    public boolean splitLine(YamlPath line, int at, Integer seconds) {
        YMapping next = TranscriptEdits.split(root(), TranscriptTree.index(line, "the line to split"), at, seconds);
        return tree("Split " + Labels.of(line), line, next);
    }

    /** Joins a line to the line before it (same speaker, not a header), which keeps its time. */
    public boolean joinLine(YamlPath line) {
        int i = TranscriptTree.index(line, "the line to join");
        YMapping next = TranscriptEdits.join(root(), i);
        return apply(new Step("Join " + Labels.of(line) + " to the line before", TranscriptTree.path(i - 1), null,
                state().withRoot(next), line));
    }

    /** Moves a run of lines before an item (a header: to the end of the section before it; the item count: to the end). */
    public boolean moveLines(YamlPath first, int count, YamlPath before) {
        int from = TranscriptTree.index(first, "the first line to move");
        int to = TranscriptTree.index(before, "the place to move the lines before");
        YMapping next = TranscriptEdits.moveLines(root(), from, count, to);
        return moved(lines(count) + " before " + Labels.of(before), from, to, count, next);
    }

    /** Moves a run of lines to the end of a section, named by its header. */
    public boolean moveLinesToSection(YamlPath first, int count, YamlPath header) {
        int from = TranscriptTree.index(first, "the first line to move");
        int h = TranscriptTree.index(header, "the section's header");
        YMapping next = TranscriptEdits.moveLinesToSection(root(), from, count, h);
        int to = TranscriptTree.sectionEnd(TranscriptTree.items(root()), h);
        return moved(lines(count) + " to " + TranscriptTree.name(TranscriptTree.header(TranscriptTree.items(root()), h)), from, to,
                count, next);
    }

    /** Adds a section's header before an item (a line: the lines from there on become the new section's). */
    public boolean addSection(YamlPath at, String header) {
        YMapping next = TranscriptEdits.addSection(root(), TranscriptTree.index(at, "the place of the new section"), header);
        return tree("Add a section", at, next);
    }

    /** Deletes a section: its header and its lines. */
    public boolean deleteSection(YamlPath header) {
        int h = TranscriptTree.index(header, "the section's header");
        YMapping next = TranscriptEdits.deleteSection(root(), h);
        return tree("Delete " + TranscriptTree.name(TranscriptTree.header(TranscriptTree.items(root()), h)), header, next);
    }

    /** Moves a section (its header and lines) before another section's header, or to the end when {@code before} is null. */
    public boolean moveSection(YamlPath header, YamlPath before) {
        int h = TranscriptTree.index(header, "the section's header");
        List<YNode> items = TranscriptTree.items(root());
        int to = before == null ? items.size() : TranscriptTree.index(before, "the header to move the section before");
        YMapping next = TranscriptEdits.moveSection(root(), h, to);
        String name = TranscriptTree.name(TranscriptTree.header(items, h));
        return moved(name, h, to, TranscriptTree.sectionEnd(items, h) - h, next);
    }

    /** Sets a line's time ({@code m:ss} or {@code h:mm:ss}) and its seconds with it, as one step. */
    public boolean setTime(YamlPath line, String time) {
        return setSeconds(line, TranscriptTree.seconds(time));
    }

    /** Sets a line's seconds and its time with it, in the site's format, as one step. */
    public boolean setSeconds(YamlPath line, int seconds) {
        YMapping next = TranscriptEdits.setTime(root(), TranscriptTree.index(line, "the line"), seconds);
        return tree("Set the time of " + Labels.of(line), line, next);
    }

    private static String lines(int count) {
        return count == 1 ? "a line" : count + " lines";
    }

    private boolean moved(String what, int from, int to, int count, YMapping next) {
        YamlPath now = TranscriptTree.path(to > from ? to - count : to);
        return apply(new Step("Move " + what, now, null, state().withRoot(next), TranscriptTree.path(from)));
    }

    /**
     * Fixes every problem of the kinds, as the problems list's "Fix all" does: the safe fixes of
     * the text a save would write, round after round until none is left, as one undo step.
     *
     * @return how many problems were fixed
     */
    public int fix(Predicate<Kind> kinds, String label) throws WriteRefused {
        Fixed f = fixAll(kinds, label);
        return f == null ? 0 : f.count();
    }

    /**
     * As {@link #fix(Predicate, String)}, saying what was fixed, by kind (for {@code fix}'s report).
     *
     * @return the fix applied, or null when nothing was fixed
     */
    public Fixed fixAll(Predicate<Kind> kinds, String label) throws WriteRefused {
        Fixed f = fixed(state(), pending(), site, checks, kinds, label);
        return f != null && apply(f.step()) ? f : null;
    }

    /** A fix of a state, ready to apply as one step, and how many problems of each kind it fixed. */
    public record Fixed(Step step, Map<Kind, Integer> byKind) {
        public Fixed {
            byKind = Map.copyOf(byKind);
        }

        /** How many problems it fixed. */
        public int count() {
            return byKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The safe fixes of the kinds in a state, as one step, or null when there is none. The fixes
     * are found on the text a save would write and made on the page read back from it, so the new
     * state's source is that text. Pure, for any thread.
     *
     * @param written the state's text as a save would write it ({@link #prepare}), or null to make it
     */
    public static Fixed fixed(PageState s, PageWriter.Prepared written, Site site, List<Check> checks,
                              Predicate<Kind> kinds, String label) throws WriteRefused {
        ArchiveDocument page = (written != null ? written : prepare(s)).document();
        FixEngine.Result r = FixEngine.apply(new CheckContext(page, page.root(), site, kinds), checks, kinds);
        if (!r.changed()) {
            return null;
        }
        PageState next = new PageState(page, r.root(), s.body(), s.reformat() || r.reformat(), s.width());
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        r.applied().forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        return new Fixed(new Step(label, YamlPath.ROOT, null, next), byKind);
    }

    /** Applies one problem's fix, found on the text a save would write now, as one undo step. */
    public boolean fix(Problem problem) {
        Edit edit = problem.fix() == null ? null : problem.fix().edit();
        if (edit == null) {
            return false;
        }
        PageState s = state();
        PageState next = edit instanceof Edit.Reformat ? s.reformatted()
                : s.withRoot((YMapping) EditBatch.apply(s.root(), List.of(edit)));
        String label = "Fix " + problem.kind().title().toLowerCase(Locale.ROOT);
        return apply(new Step(label, problem.path(), null, next));
    }

    /** One person's name changed everywhere in the page: names, raw authors, mentions in texts. */
    public boolean rename(String from, String to) {
        return rename(List.of(from), to);
    }

    /** Several spellings of one person's name changed to one, everywhere in the page, as one step. */
    public boolean rename(List<String> from, String to) {
        if (from.isEmpty() || from.stream().anyMatch(String::isBlank) || to.isBlank()) {
            throw new InvalidEdit("a rename needs a name to change and a new name");
        }
        YMapping next = root();
        for (String f : from) {
            next = (YMapping) EditBatch.apply(next, Rename.plan(next, f, to).all());
        }
        String what = from.size() == 1 ? from.get(0) : from.size() + " spellings";
        return tree("Rename " + what + " to " + to, YamlPath.ROOT, next);
    }

    /**
     * Replaces every match of a query in the page's string values, as one undo step.
     *
     * @return how many matches were replaced (0: nothing changed)
     * @throws InvalidEdit when the query does not read (an empty text, a broken regular expression)
     */
    public int replaceAll(Replace.Query query) {
        // a match replaced by the same text changes nothing and is not counted
        List<Replace.Match> found = Replace.find(root(), query).stream()
                .filter(m -> !m.found().equals(m.replacement())).toList();
        if (found.isEmpty()) {
            return 0;
        }
        String label = "Replace " + quoted(query.find()) + (found.size() == 1 ? "" : " (" + found.size() + ")");
        return tree(label, found.get(0).path(), Replace.replaced(root(), found)) ? found.size() : 0;
    }

    /**
     * Replaces one match found by {@link Replace#find}, as one undo step.
     *
     * @throws InvalidEdit when the value no longer holds it (the page changed since the search)
     */
    public boolean replace(Replace.Match match) {
        return tree("Replace " + quoted(match.found()), match.path(), Replace.replaceOne(root(), match));
    }

    private static String quoted(String text) {
        String line = text.lines().findFirst().orElse("");
        return "'" + (line.length() > 30 ? line.substring(0, 29) + "…" : line) + "'";
    }

    /** The whole front matter to be written in the house style at the next save. */
    public boolean format() {
        return apply(new Step("Format", YamlPath.ROOT, null, state().reformatted()));
    }

    /** As {@link #format()}, folding long lines past the column (0: never; {@code format --width}). */
    public boolean format(int width) {
        return apply(new Step("Format", YamlPath.ROOT, null, state().reformatted(width)));
    }

    /**
     * Replaces the whole page by a text read back as a page (edits recovered after a crash), as
     * one undo step; a save then writes that text through the usual save.
     *
     * @return false when the text does not parse, or is the page as it stands
     */
    public boolean restore(String label, ArchiveDocument recovered) {
        if (!recovered.parsed()) {
            return false;
        }
        return apply(new Step(label, YamlPath.ROOT, null, PageState.of(recovered)));
    }

    public boolean undo() {
        Step undone = history.undo();
        if (undone != null) {
            lastFocus = undone.focusBefore() != null ? undone.focusBefore() : undone.focus();
            reanchorIfOlderThanTheFile();
        }
        return undone != null;
    }

    public boolean redo() {
        Step redone = history.redo();
        if (redone != null) {
            lastFocus = redone.focus();
            reanchorIfOlderThanTheFile();
        }
        return redone != null;
    }

    /**
     * A state reached across a save points into an older text than the file's: values the save
     * wrote again (an edited text, a fixed one) are not in that text as the file has them, and a
     * move would write them afresh. So it is replaced by the same page read back from the text a
     * save would write now, in which every value stands as it would be saved.
     */
    private void reanchorIfOlderThanTheFile() {
        if (!history.olderThanTheLastSave()) {
            return;
        }
        PageState s = state();
        try {
            ArchiveDocument written = prepare(s).document();
            history.reanchor(new PageState(written, written.root(), written.body(), false));
        } catch (WriteRefused e) {
            // left as it is: its own text cannot be made, which its problems will say
        }
    }

    private boolean tree(String label, YamlPath focus, YMapping next) {
        return apply(new Step(label, focus, null, state().withRoot(next)));
    }

    private static int laterFirst(YamlPath a, YamlPath b) {
        return -compare(a.segments(), b.segments());
    }

    private static int compare(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int c = x instanceof Integer xi && y instanceof Integer yi ? Integer.compare(xi, yi)
                    : x.toString().compareTo(y.toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    // saving

    /** What to save and where; made where the session lives, written anywhere. */
    public record SaveRequest(PageState state, String expectedOnDisk, Path target) {
    }

    /**
     * What a save did.
     *
     * @param written false when the file already held the text
     * @param backup the previous version's backup, or null
     */
    public record Saved(SaveRequest request, PageWriter.Prepared prepared, boolean written, Path backup) {
    }

    /** A save of the present state over the page's own file. */
    public SaveRequest saveRequest() {
        if (path == null) {
            throw new IllegalStateException("the page has no file yet: save it as a file first");
        }
        return new SaveRequest(state(), diskText, path);
    }

    /**
     * A save of the present state to another file.
     *
     * @param expectedOnDisk what the target must still hold, or null to write it whatever it holds
     */
    public SaveRequest saveAsRequest(Path target, String expectedOnDisk) {
        boolean same = path != null && target.toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize());
        return new SaveRequest(state(), same ? diskText : expectedOnDisk, target);
    }

    /**
     * Writes a request: the text is made and proven, then written over the file unless it already
     * holds it. Pure apart from the file, for any thread.
     *
     * @throws WriteRefused with a reason a person understands; nothing was written
     */
    public static Saved write(SaveRequest r) throws WriteRefused {
        PageWriter.Prepared p = prepare(r.state());
        if (p.text().equals(r.expectedOnDisk()) && Files.exists(r.target())) {
            return new Saved(r, p, false, null);
        }
        Path backup = PageWriter.write(p, r.expectedOnDisk(), r.target());
        return new Saved(r, p, true, backup);
    }

    /** What {@link #write} would do, without writing: the text made and proven (a dry run). */
    public static Saved dryRun(SaveRequest r) throws WriteRefused {
        return new Saved(r, prepare(r.state()), false, null);
    }

    /**
     * Records a save: the saved mark goes to the state that was written, which is replaced by the
     * same page read back from the text now on disk, so that later edits change only their own
     * lines of that text.
     */
    public void saved(Saved s) {
        ArchiveDocument onDisk = s.prepared().document().withPath(s.request().target());
        PageState written = new PageState(onDisk, onDisk.root(), onDisk.body(), false);
        diskText = s.prepared().text();
        path = s.request().target();
        history.markSaved(s.request().state(), written);
        if (pendingFor == s.request().state()) {
            pendingFor = written;
            pending = new PageWriter.Prepared(onDisk.text(), onDisk);
        }
    }

    /** Saves the present state over the page's file (the command line's way; the editor saves in the background). */
    public Saved save() throws WriteRefused {
        Saved s = write(saveRequest());
        saved(s);
        return s;
    }
}
