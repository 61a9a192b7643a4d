package dev.archivist.edit.sequences;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.check.FixEngine;
import dev.archivist.edit.EditSession;
import dev.archivist.edit.InvalidEdit;
import dev.archivist.edit.sequences.Model.M;
import dev.archivist.edit.sequences.Model.MList;
import dev.archivist.edit.sequences.Model.MMap;
import dev.archivist.edit.sequences.Model.MScalar;
import dev.archivist.edit.sequences.Model.State;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a sequence of editing operations on a copy of a page through the engine's session, applies
 * each to the {@link Model} as well, and checks every promise after every step: the session's data
 * is the operations applied to the data; the text a save would write reads back as that data and
 * its problems are what {@code check} finds there; a save is written (never refused); the saved
 * file holds exactly that text, its problems are those the session showed, and it changes only
 * the lines of what changed ({@link LinesKept}); a fix changes only values that had problems of
 * its kinds, leaves none of them, and keeps the escapes of what it rewrites; a rename changes only
 * that person's name and mentions.
 */
final class SequenceRunner {
    private static final Pattern ESCAPE = Pattern.compile("\\\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})");

    /** A broken promise: which, what was seen, and at which step (0-based). */
    record Failure(String promise, String detail, int step) {
        @Override
        public String toString() {
            return "step " + (step + 1) + ": " + promise + ": " + detail;
        }
    }

    /** Thrown inside a run at the first broken promise. */
    private static final class Broken extends RuntimeException {
        final String promise;

        Broken(String promise, String detail) {
            super(detail, null, false, false);
            this.promise = promise;
        }
    }

    private final Path page;
    private EditSession session;
    /** The site as check reads it, apart from the session's. */
    private Site site;
    private final List<State> history = new ArrayList<>();
    private int index;
    private int savedIndex;
    private SavedText saved;
    /** The text each state was saved as (the page as opened included): saving it again must write those bytes. */
    private final Map<State, String> savedTexts = new java.util.IdentityHashMap<>();
    private M savedRoot;
    private boolean savedFormatted;
    /** How many steps were saves, and how many were refused as invalid by both the model and the engine. */
    int saves;
    int invalid;

    /** Copies the page into a site of its own under {@code work}, beside the original site's people and images. */
    SequenceRunner(Path original, Path work) throws IOException {
        Path site = Site.findRoot(original).orElse(original.getParent());
        Files.createDirectories(work);
        Files.writeString(work.resolve("_config.yml"), "title: test\n");
        for (String shared : List.of("_people", "images")) {
            Path from = site.resolve(shared).toAbsolutePath();
            if (Files.isDirectory(from) && !Files.exists(work.resolve(shared))) {
                Files.createSymbolicLink(work.resolve(shared), from);
            }
        }
        Path collection = work.resolve(original.getParent().getFileName());
        Files.createDirectories(collection);
        page = collection.resolve(original.getFileName());
        Files.copy(original, page, StandardCopyOption.REPLACE_EXISTING);
        page.toFile().setWritable(true, true);
    }

    Path page() {
        return page;
    }

    /** Opens the page; false when it does not parse (such pages are not edited). */
    boolean open() throws IOException {
        ArchiveDocument doc = ArchiveReader.read(page);
        if (!doc.parsed()) {
            return false;
        }
        session = EditSession.open(doc, Site.around(page).orElse(null));
        site = Site.around(page).orElse(null);
        saved = new SavedText(Files.readString(page, StandardCharsets.UTF_8));
        M root = saved.data();
        saved.place(root);
        savedRoot = root;
        savedFormatted = false;
        history.clear();
        history.add(new State((MMap) root, false));
        savedTexts.clear();
        savedTexts.put(history.get(0), saved.text);
        index = 0;
        savedIndex = 0;
        requireSameData("the page as read");
        return true;
    }

    State state() {
        return history.get(index);
    }

    EditSession session() {
        return session;
    }


    /** Runs one step and checks every promise; null when all hold. */
    Failure step(Act act, int number) {
        try {
            apply(act);
            afterEveryStep();
            return null;
        } catch (Broken b) {
            return new Failure(b.promise, b.getMessage(), number);
        } catch (RuntimeException | AssertionError e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            return new Failure("the engine failed", trace.toString(), number);
        }
    }

    private void apply(Act act) {
        if (act instanceof Act.Save) {
            save();
            return;
        }
        if (act instanceof Act.Undo || act instanceof Act.Redo) {
            boolean undo = act instanceof Act.Undo;
            boolean done = undo ? session.undo() : session.redo();
            boolean can = undo ? index > 0 : index < history.size() - 1;
            if (done != can) {
                throw new Broken("undo and redo follow the history", (undo ? "undo" : "redo") + " did " + (done ? "" : "not ")
                        + "happen, the model says it could" + (can ? "" : " not"));
            }
            index += done ? (undo ? -1 : 1) : 0;
            return;
        }
        if (act instanceof Act.Fix f) {
            fix(f);
            return;
        }
        if (act instanceof Act.Rename r) {
            rename(r);
            return;
        }
        if (act instanceof Act.Replace r) {
            replace(r);
            return;
        }
        State next = null;
        String invalidModel = null;
        try {
            next = modelOf(act, state());
        } catch (Model.Invalid | IndexOutOfBoundsException | ClassCastException e) {
            invalidModel = e.toString();
        }
        boolean changed;
        try {
            changed = act.op().apply(session);
        } catch (InvalidEdit e) {
            if (invalidModel == null) {
                throw new Broken("valid operations are done", "the engine refused " + Act.json(act) + ": " + e.getMessage());
            }
            humane("an invalid operation is refused with a reason", e.getMessage());
            invalid++;
            return;
        } catch (WriteRefused e) {
            throw new Broken("an operation is done", e.getMessage());
        }
        if (invalidModel != null) {
            throw new Broken("invalid operations are refused", "the engine did " + Act.json(act) + " (model: " + invalidModel + ")");
        }
        if (changed) {
            push(next);
        }
    }

    private static State modelOf(Act act, State s) {
        if (act instanceof Act.Set a) {
            return Model.set(s, a.path().segments(), Model.value(a.value()));
        }
        if (act instanceof Act.Insert a) {
            return Model.insert(s, a.path().segments(), Model.value(a.value()));
        }
        if (act instanceof Act.Delete a) {
            return Model.delete(s, a.path().segments());
        }
        if (act instanceof Act.Move a) {
            return Model.move(s, a.from().segments(), a.to().segments());
        }
        if (act instanceof Act.Merge a) {
            return Model.merge(s, a.threads());
        }
        if (act instanceof Act.Split a) {
            return TranscriptModel.split(s, item(a.path()), a.at(), a.sec());
        }
        if (act instanceof Act.Join a) {
            return TranscriptModel.join(s, item(a.path()));
        }
        if (act instanceof Act.MoveLines a) {
            return a.section() != null ? TranscriptModel.moveLinesToSection(s, item(a.path()), a.count(), item(a.section()))
                    : TranscriptModel.moveLines(s, item(a.path()), a.count(), item(a.before()));
        }
        if (act instanceof Act.AddSection a) {
            return TranscriptModel.addSection(s, item(a.path()), a.header());
        }
        if (act instanceof Act.DeleteSection a) {
            return TranscriptModel.deleteSection(s, item(a.path()));
        }
        if (act instanceof Act.MoveSection a) {
            int items = Model.find(s.root(), List.of("transcript")) instanceof MList l ? l.items().size() : 0;
            return TranscriptModel.moveSection(s, item(a.path()), a.before() == null ? items : item(a.before()));
        }
        if (act instanceof Act.SetTime a) {
            return TranscriptModel.setTime(s, item(a.path()), a.sec());
        }
        throw new IllegalArgumentException(act.toString());
    }

    /** The index of a transcript item's path. */
    private static int item(YamlPath p) {
        if (p.segments().size() != 2 || !"transcript".equals(p.segments().get(0))) {
            throw new Model.Invalid("not a transcript item");
        }
        return (Integer) p.segments().get(1);
    }

    private void push(State next) {
        history.subList(index + 1, history.size()).clear();
        if (savedIndex > index) {
            savedIndex = -1;
        }
        history.add(next);
        index++;
    }

    // fix and rename: the engine computes the values; the model judges them

    private void fix(Act.Fix f) {
        Predicate<Kind> kinds = FixEngine.selection(f.kinds());
        Set<List<Object>> withProblems = new HashSet<>();
        // a fix that drops an item (a repeated transcript header): the model drops it too
        Set<List<Object>> deleted = new java.util.TreeSet<>(SequenceRunner::lastFirst);
        PageWriter.Prepared before;
        try {
            before = session.pending();
            for (Problem p : session.problems()) {
                if (p.safelyFixable() && kinds.test(p.kind())) {
                    withProblems.add(p.path().segments());
                    if (p.fix().edit() instanceof dev.archivist.model.Edit.Delete) {
                        deleted.add(p.path().segments());
                    }
                }
            }
        } catch (WriteRefused e) {
            throw new Broken("every state can be written", e.getMessage());
        }
        boolean changed;
        try {
            changed = f.op().apply(session);
        } catch (WriteRefused e) {
            throw new Broken("a fix is done", e.getMessage());
        }
        if (!changed) {
            return;
        }
        State base = state();
        for (List<Object> path : deleted) {
            base = Model.delete(base, path);
        }
        // each place with a problem, as it stands once the dropped items are gone
        Map<List<Object>, List<Object>> placeBefore = new HashMap<>();
        for (List<Object> path : withProblems) {
            if (!deleted.contains(path)) {
                placeBefore.put(shifted(path, deleted), path);
            }
        }
        Map<List<Object>, MScalar> values = changedValues(base.root(), session.root());
        // a fix made on the text a save would write: a value it did not touch is still that text's node;
        // one it wrote again without changing it (its escapes written as characters) is not
        rewritten(before.document().root(), session.root(), new ArrayList<>(), values);
        for (List<Object> path : values.keySet()) {
            if (!placeBefore.containsKey(path)) {
                throw new Broken("a fix changes only values with problems of its kinds",
                        YamlPath.of(path.toArray()) + " changed by fix " + f.kinds());
            }
        }
        push(Model.withValues(base, values, state().formatted() || session.state().reformat()));
        try {
            for (Problem p : session.problems()) {
                if (p.safelyFixable() && kinds.test(p.kind())) {
                    throw new Broken("a fix leaves nothing of its kinds to fix", p.kind() + " at " + p.where() + ": " + p.message());
                }
            }
            if (!kinds.test(Kind.ESCAPED_UNICODE) && !kinds.test(Kind.FORMAT_STYLE)) {
                escapesKept(before.document(), session.pending().document(), values.keySet(), placeBefore);
            }
        } catch (WriteRefused e) {
            throw new Broken("every state can be written", e.getMessage());
        }
    }

    /** Reverse file order, as the fix engine drops items: a later index first. */
    private static int lastFirst(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return a.get(i) instanceof Integer m && b.get(i) instanceof Integer n ? Integer.compare(n, m)
                        : b.get(i).toString().compareTo(a.get(i).toString());
            }
        }
        return Integer.compare(b.size(), a.size());
    }

    /** A place once the items at {@code deleted} are gone: each dropped sibling before it moves it up by one. */
    private static List<Object> shifted(List<Object> path, Set<List<Object>> deleted) {
        List<Object> out = new ArrayList<>(path);
        for (List<Object> d : deleted) {
            int at = d.size() - 1;
            if (out.size() > at && out.subList(0, at).equals(d.subList(0, at))
                    && out.get(at) instanceof Integer i && i > (Integer) d.get(at)) {
                out.set(at, i - 1);
            }
        }
        return out;
    }

    /** Adds the scalars of {@code after} that are not the very nodes of {@code before}. */
    private static void rewritten(YNode before, YNode after, List<Object> path, Map<List<Object>, MScalar> into) {
        if (before == after) {
            return;
        }
        if (after instanceof YScalar v) {
            into.putIfAbsent(List.copyOf(path), new MScalar(0, null, v.tag(), v.value()));
        } else if (before instanceof YMapping b && after instanceof YMapping a) {
            for (YEntry e : a.entries()) {
                path.add(e.name());
                b.get(e.name()).ifPresent(x -> rewritten(x, e.value(), path, into));
                path.remove(path.size() - 1);
            }
        } else if (before instanceof YSequence b && after instanceof YSequence a && b.size() == a.size()) {
            for (int i = 0; i < a.size(); i++) {
                path.add(i);
                rewritten(b.get(i), a.get(i), path, into);
                path.remove(path.size() - 1);
            }
        }
    }

    /** A value rewritten by a fix keeps the escapes of the characters it still holds. */
    private static void escapesKept(ArchiveDocument before, ArchiveDocument after, Set<List<Object>> paths,
                                    Map<List<Object>, List<Object>> placeBefore) {
        for (List<Object> p : paths) {
            YamlPath path = new YamlPath(p);
            YNode was = new YamlPath(placeBefore.getOrDefault(p, p)).find(before.root()).orElseThrow();
            YNode is = path.find(after.root()).orElseThrow();
            if (was.span() == null || is.span() == null || !(is instanceof YScalar value)) {
                continue;
            }
            String oldText = before.text().substring(was.span().start(), was.span().end());
            String newText = after.text().substring(is.span().start(), is.span().end());
            Matcher m = ESCAPE.matcher(oldText);
            while (m.find()) {
                String escape = m.group();
                String ch = new String(Character.toChars(Integer.parseInt(m.group(1).substring(1), 16)));
                if (value.value().contains(ch) && !newText.contains(escape)) {
                    throw new Broken("a fix keeps the other escapes of what it rewrites", escape + " lost at " + path
                            + ":\n--- was\n" + oldText + "\n--- is\n" + newText);
                }
            }
        }
    }

    /**
     * Find and replace: the engine's values are judged against the replacement applied to every
     * string value of the model (under the keys asked for) by the JDK's own {@link Matcher#replaceAll}.
     */
    private void replace(Act.Replace r) {
        Pattern pattern;
        try {
            String body = r.regex() ? r.from() : Pattern.quote(r.from());
            body = r.word() ? "(?<![\\p{L}\\p{N}_])(?:" + body + ")(?![\\p{L}\\p{N}_])" : body;
            pattern = Pattern.compile(body, r.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (RuntimeException e) {
            pattern = null;
        }
        Map<List<Object>, MScalar> expected = new HashMap<>();
        if (pattern != null) {
            replaced(state().root(), new ArrayList<>(), null, pattern, r, expected);
        }
        boolean changed;
        try {
            changed = r.op().apply(session);
        } catch (InvalidEdit e) {
            humane("an invalid operation is refused with a reason", e.getMessage());
            invalid++;
            return;
        } catch (WriteRefused e) {
            throw new Broken("a replace is done", e.getMessage());
        }
        Map<List<Object>, MScalar> values = changedValues(state().root(), session.root());
        Map<List<Object>, String> is = new HashMap<>();
        values.forEach((p, v) -> is.put(p, v.tag() + ":" + v.value()));
        Map<List<Object>, String> want = new HashMap<>();
        expected.forEach((p, v) -> want.put(p, v.tag() + ":" + v.value()));
        if (!is.equals(want) || changed == want.isEmpty()) {
            throw new Broken("a replace changes every string value it matches, and nothing else",
                    Act.json(r) + ": expected " + want + ", got " + is);
        }
        if (changed) {
            push(Model.withValues(state(), values));
        }
    }

    private static void replaced(M n, List<Object> path, String key, Pattern pattern, Act.Replace r,
                                 Map<List<Object>, MScalar> out) {
        if (n instanceof MScalar s && s.tag().equals("str") && (r.keys().isEmpty() || r.keys().contains(key))) {
            String next = pattern.matcher(s.value()).replaceAll(r.regex() ? r.to() : Matcher.quoteReplacement(r.to()));
            if (!next.equals(s.value())) {
                out.put(List.copyOf(path), new MScalar(0, s, "str", next));
            }
        } else if (n instanceof MMap m) {
            for (int i = 0; i < m.keys().size(); i++) {
                path.add(m.keys().get(i));
                replaced(m.values().get(i), path, m.keys().get(i), pattern, r, out);
                path.remove(path.size() - 1);
            }
        } else if (n instanceof MList l) {
            for (int i = 0; i < l.items().size(); i++) {
                path.add(i);
                replaced(l.items().get(i), path, key, pattern, r, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private void rename(Act.Rename r) {
        boolean changed;
        try {
            changed = r.op().apply(session);
        } catch (InvalidEdit e) {
            humane("an invalid operation is refused with a reason", e.getMessage());
            invalid++;
            return;
        } catch (WriteRefused e) {
            throw new Broken("a rename is done", e.getMessage());
        }
        if (!changed) {
            return;
        }
        Map<List<Object>, MScalar> values = changedValues(state().root(), session.root());
        for (Map.Entry<List<Object>, MScalar> e : values.entrySet()) {
            List<Object> p = e.getKey();
            String was = ((MScalar) Model.find(state().root(), p)).value();
            String is = e.getValue().value();
            String last = String.valueOf(p.get(p.size() - 1));
            boolean name = "name".equals(last) || p.size() >= 1 && "authors".equals(p.get(0));
            boolean ok = name ? was.equals(r.from()) && is.equals(r.to()) : mentionsReplaced(was, is, r.from(), r.to());
            if (!ok) {
                throw new Broken("a rename changes only that person's name and mentions",
                        YamlPath.of(p.toArray()) + ": '" + was + "' became '" + is + "'");
            }
        }
        push(Model.withValues(state(), values));
    }

    /** True when {@code is} is {@code was} with some whole occurrences of {@code from} written {@code to}. */
    static boolean mentionsReplaced(String was, String is, String from, String to) {
        return replaced(was, 0, is, 0, from, to, new HashMap<>());
    }

    private static boolean replaced(String a, int i, String b, int j, String from, String to, Map<Long, Boolean> memo) {
        if (i == a.length() || j == b.length()) {
            return i == a.length() && j == b.length();
        }
        long key = (long) i << 32 | j;
        Boolean known = memo.get(key);
        if (known != null) {
            return known;
        }
        boolean ok = a.startsWith(from, i) && b.startsWith(to, j) && replaced(a, i + from.length(), b, j + to.length(), from, to, memo)
                || a.charAt(i) == b.charAt(j) && replaced(a, i + 1, b, j + 1, from, to, memo);
        memo.put(key, ok);
        return ok;
    }

    /** The scalars whose values differ between the model's tree and the engine's; the shapes must be the same. */
    private static Map<List<Object>, MScalar> changedValues(M model, YNode engine) {
        Map<List<Object>, MScalar> out = new HashMap<>();
        diff(model, engine, new ArrayList<>(), out);
        return out;
    }

    private static void diff(M m, YNode y, List<Object> path, Map<List<Object>, MScalar> out) {
        if (m instanceof MScalar s && y instanceof YScalar v) {
            if (!sameScalar(s, v)) {
                out.put(List.copyOf(path), new MScalar(0, null, v.tag(), v.value()));
            }
        } else if (m instanceof MMap mm && y instanceof YMapping ym && mm.keys().equals(ym.entries().stream().map(YEntry::name).toList())) {
            for (int i = 0; i < mm.keys().size(); i++) {
                path.add(mm.keys().get(i));
                diff(mm.values().get(i), ym.entries().get(i).value(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (m instanceof MList ml && y instanceof YSequence ys && ml.items().size() == ys.size()) {
            for (int i = 0; i < ml.items().size(); i++) {
                path.add(i);
                diff(ml.items().get(i), ys.get(i), path, out);
                path.remove(path.size() - 1);
            }
        } else {
            throw new Broken("a fix or rename changes values, not the shape of the page", "at " + YamlPath.of(path.toArray()));
        }
    }

    // after every step

    private void afterEveryStep() {
        requireSameData("after the step");
        if (session.isModified() != (index != savedIndex)) {
            throw new Broken("modified is not at the saved mark", "the session says " + session.isModified());
        }
        PageWriter.Prepared p;
        try {
            p = session.pending();
        } catch (WriteRefused e) {
            humane("a refusal gives a reason", e.getMessage());
            throw new Broken("every state can be written", e.getMessage());
        }
        if (!same(state().root(), p.document().root())) {
            throw new Broken("the text a save would write reads back as the data", "it does not");
        }
        List<String> shown;
        try {
            shown = lines(session.problems());
        } catch (WriteRefused e) {
            throw new Broken("every state can be written", e.getMessage());
        }
        ArchiveDocument written = ArchiveReader.parse(page, p.document().source(), p.text());
        List<String> checked = lines(Checks.run(CheckContext.of(written, session.site())));
        if (!shown.equals(checked)) {
            throw new Broken("the problems are those of the text a save would write", diffOf(checked, shown));
        }
    }

    private void save() {
        String expected;
        List<String> shown;
        // a format, or undoing one, rewrites the whole front matter: only its data is judged then
        boolean reformat = session.state().reformat() || state().formatted() != savedFormatted;
        try {
            expected = session.pending().text();
            shown = lines(session.problems());
        } catch (WriteRefused e) {
            throw new Broken("every state can be written", e.getMessage());
        }
        try {
            session.save();
        } catch (WriteRefused e) {
            humane("a refusal gives a reason", e.getMessage());
            throw new Broken("a save is written", e.getMessage());
        }
        saves++;
        savedIndex = index;
        String text;
        try {
            text = Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Broken("a save is written", e.toString());
        }
        String decoded = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!decoded.equals(expected)) {
            throw new Broken("a save writes the text it showed", "the file differs from the pending text");
        }
        String before = savedTexts.put(state(), text);
        if (before != null && !before.equals(text)) {
            throw new Broken("a state saved again, or undone to, is saved with the same bytes",
                    firstLineDifference(before, text));
        }
        SavedText now = new SavedText(text);
        if (!sameData(state().root(), now.data())) {
            throw new Broken("the saved data is the operations applied to the data", "the file reads back differently");
        }
        now.place(state().root());
        if (!reformat) {
            List<String> faults = LinesKept.check(saved, savedRoot, now, state().root());
            if (!faults.isEmpty()) {
                throw new Broken("a save changes only the lines of what changed", faults.get(0));
            }
        }
        List<String> checked = lines(Checks.run(CheckContext.of(ArchiveReader.read(page), site)));
        if (!checked.equals(shown)) {
            throw new Broken("the problems shown are check's of the saved file", diffOf(checked, shown));
        }
        saved = now;
        savedRoot = state().root();
        savedFormatted = state().formatted();
    }

    private static String firstLineDifference(String was, String is) {
        String[] a = was.split("\n", -1);
        String[] b = is.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(none)";
            String y = i < b.length ? b[i] : "(none)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ":\n--- was\n" + x + "\n--- is\n" + y;
            }
        }
        return "they differ";
    }

    private static void humane(String promise, String message) {
        if (message == null || message.isBlank() || message.contains("Exception") || message.contains("java.")
                || message.contains("null") && !message.contains("null value")) {
            throw new Broken(promise, "not a reason a person understands: " + message);
        }
    }

    private void requireSameData(String when) {
        if (!same(state().root(), session.root())) {
            throw new Broken("the data is the operations applied to the data", when + ": " + firstDifference(state().root(), session.root(), ""));
        }
    }

    // comparing

    private static boolean sameScalar(MScalar s, YScalar v) {
        return s.tag().equals(v.tag()) && (s.isNull() && v.isNull() || s.value().equals(v.value()));
    }

    static boolean same(M m, YNode y) {
        return firstDifference(m, y, "") == null;
    }

    private static String firstDifference(M m, YNode y, String at) {
        if (m instanceof MScalar s && y instanceof YScalar v) {
            return sameScalar(s, v) ? null : at + ": model " + s.tag() + " '" + s.value() + "', engine " + v.tag() + " '" + v.value() + "'";
        }
        if (m instanceof MMap mm && y instanceof YMapping ym) {
            List<String> keys = ym.entries().stream().map(YEntry::name).toList();
            if (!mm.keys().equals(keys)) {
                return at + ": keys " + mm.keys() + " against " + keys;
            }
            for (int i = 0; i < keys.size(); i++) {
                String d = firstDifference(mm.values().get(i), ym.entries().get(i).value(), at + "." + keys.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (m instanceof MList ml && y instanceof YSequence ys) {
            if (ml.items().size() != ys.size()) {
                return at + ": " + ml.items().size() + " items against " + ys.size();
            }
            for (int i = 0; i < ys.size(); i++) {
                String d = firstDifference(ml.items().get(i), ys.get(i), at + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return at + ": a " + m.getClass().getSimpleName() + " against a " + y.getClass().getSimpleName();
    }

    static boolean sameData(M a, M b) {
        if (a instanceof MScalar x && b instanceof MScalar y) {
            return x.tag().equals(y.tag()) && (x.isNull() && y.isNull() || x.value().equals(y.value()));
        }
        if (a instanceof MMap x && b instanceof MMap y) {
            if (!x.keys().equals(y.keys())) {
                return false;
            }
            for (int i = 0; i < x.values().size(); i++) {
                if (!sameData(x.values().get(i), y.values().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MList x && b instanceof MList y && x.items().size() == y.items().size()) {
            for (int i = 0; i < x.items().size(); i++) {
                if (!sameData(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(p -> p.kind() + " " + p.where() + " " + p.line() + ":" + p.column() + " " + p.message()
                + (p.fix() == null ? "" : " [" + p.fix().safe() + " " + Objects.toString(p.fix().after()) + "]")).toList();
    }

    private static String diffOf(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        return "check finds " + expected.size() + ", the session shows " + actual.size()
                + (missing.isEmpty() ? "" : "; not shown: " + missing.subList(0, Math.min(3, missing.size())))
                + (extra.isEmpty() ? "" : "; shown, not found: " + extra.subList(0, Math.min(3, extra.size())));
    }
}
