package dev.archivist.edit;

import static dev.archivist.edit.TranscriptTree.HEADER;
import static dev.archivist.edit.TranscriptTree.LINE;
import static dev.archivist.edit.TranscriptTree.SEC;
import static dev.archivist.edit.TranscriptTree.TIME;
import static dev.archivist.edit.TranscriptTree.WHO;

import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits of an episode's transcript as pure functions on the front matter tree: split and join
 * lines, move a run of lines to another section, add, delete and move a section (its header and
 * its lines), set a line's time and seconds together. Items are named by their index in the
 * transcript as it is before the edit. Untouched and moved items keep their nodes and source
 * spans, so the patcher writes only the lines of what changed.
 */
final class TranscriptEdits {

    private TranscriptEdits() {
    }

    /**
     * The line cut in two at a char offset of its text: the first part stays, the second becomes a
     * new line right after it, of the same speaker. The blanks at the cut go.
     *
     * @param seconds the new line's time, or null for none
     * @throws InvalidEdit when either part would be empty
     */
    static YMapping split(YMapping root, int i, int at, Integer seconds) {
        List<YNode> items = TranscriptTree.items(root);
        YMapping line = TranscriptTree.line(items, i);
        YScalar text = TranscriptTree.text(line, i);
        String t = text.value();
        if (at <= 0 || at >= t.length() || t.substring(0, at).isBlank() || t.substring(at).isBlank()) {
            throw new InvalidEdit("splitting " + TranscriptTree.path(i) + " at " + at + " would leave an empty line: "
                    + "choose a place inside its text (it has " + t.length() + " chars)");
        }
        if (Character.isLowSurrogate(t.charAt(at))) {
            throw new InvalidEdit("offset " + at + " of " + TranscriptTree.path(i) + " is inside a character");
        }
        List<YEntry> rest = new ArrayList<>();
        for (YEntry e : line.entries()) {
            if (e.name().equals(LINE)) {
                rest.add(new YEntry(YScalar.str(LINE), YScalar.str(t.substring(at).stripLeading())));
            } else if (e.name().equals(WHO)) {
                rest.add(new YEntry(YScalar.str(WHO), e.value().detached()));
            }
        }
        YMapping second = YMapping.of(rest);
        if (seconds != null) {
            second = timed(second, seconds);
        }
        List<YNode> out = new ArrayList<>(items);
        out.set(i, line.with(LINE, text.withValue(t.substring(0, at).stripTrailing())));
        out.add(i + 1, second);
        return withItems(root, out);
    }

    /**
     * The line joined to the one before it: the texts with one space between, under the previous
     * line's speaker, time and seconds; the line itself goes.
     *
     * @throws InvalidEdit when there is no previous line, it is a header, or the speakers differ
     */
    static YMapping join(YMapping root, int i) {
        List<YNode> items = TranscriptTree.items(root);
        YMapping line = TranscriptTree.line(items, i);
        if (i == 0) {
            throw new InvalidEdit(TranscriptTree.path(i) + " is the first item of the transcript: there is no line to join it to");
        }
        if (TranscriptTree.isHeader(items.get(i - 1))) {
            throw new InvalidEdit(TranscriptTree.path(i) + " starts a section: it cannot be joined to the header before it");
        }
        YMapping previous = TranscriptTree.line(items, i - 1);
        String who = Archive.text(line, WHO);
        String before = Archive.text(previous, WHO);
        if (!who.equals(before)) {
            throw new InvalidEdit("only lines of one speaker can be joined: " + TranscriptTree.path(i) + " is "
                    + speaker(who) + "'s, the line before " + speaker(before) + "'s");
        }
        String a = TranscriptTree.text(previous, i - 1).value().stripTrailing();
        String b = TranscriptTree.text(line, i).value().stripLeading();
        String joined = a.isEmpty() || b.isEmpty() ? a + b : a + " " + b;
        List<YNode> out = new ArrayList<>(items);
        out.set(i - 1, previous.with(LINE, TranscriptTree.text(previous, i - 1).withValue(joined)));
        out.remove(i);
        return withItems(root, out);
    }

    private static String speaker(String who) {
        return who.isEmpty() ? "no speaker" : who;
    }

    /**
     * A run of lines moved to a place of the transcript as it stands before the move.
     *
     * @param to the index the lines go before (the items' count for the end); a header's index puts
     *           them at the end of the section before it
     */
    static YMapping moveLines(YMapping root, int first, int count, int to) {
        List<YNode> items = TranscriptTree.items(root);
        if (count < 1) {
            throw new InvalidEdit("move at least one line (count " + count + ")");
        }
        for (int k = first; k < first + count; k++) {
            TranscriptTree.line(items, k);
        }
        if (to < 0 || to > items.size()) {
            throw new InvalidEdit("there is no " + TranscriptTree.path(to) + " to move the lines before (the transcript has "
                    + items.size() + " items)");
        }
        if (to > first && to < first + count) {
            throw new InvalidEdit("lines cannot be moved before one of themselves (" + TranscriptTree.path(to) + ")");
        }
        return withItems(root, moved(items, first, count, to));
    }

    /** A run of lines moved to the end of a section (named by its header's index). */
    static YMapping moveLinesToSection(YMapping root, int first, int count, int header) {
        List<YNode> items = TranscriptTree.items(root);
        TranscriptTree.header(items, header);
        return moveLines(root, first, count, TranscriptTree.sectionEnd(items, header));
    }

    /**
     * A new section's header, at an index: before a header, at the end, or before a line, whose
     * section it then splits (the lines from there on are the new section's).
     */
    static YMapping addSection(YMapping root, int at, String header) {
        YMapping h = YMapping.of(List.of(new YEntry(YScalar.str(HEADER), YScalar.str(header))));
        if (TranscriptTree.list(root) == null && at == 0) {
            return TreeEdits.insert(root, TranscriptTree.path(0), h);
        }
        List<YNode> items = new ArrayList<>(TranscriptTree.items(root));
        if (at < 0 || at > items.size()) {
            throw new InvalidEdit("there is no place " + TranscriptTree.path(at) + " (the transcript has " + items.size()
                    + " items)");
        }
        items.add(at, h);
        return withItems(root, items);
    }

    /** A section deleted: its header and its lines. */
    static YMapping deleteSection(YMapping root, int header) {
        List<YNode> items = TranscriptTree.items(root);
        TranscriptTree.header(items, header);
        List<YNode> out = new ArrayList<>(items);
        out.subList(header, TranscriptTree.sectionEnd(items, header)).clear();
        return withItems(root, out);
    }

    /**
     * A section (its header and lines) moved before another section's header, or to the end.
     *
     * @param before the header's index it goes before, or the items' count for the end
     */
    static YMapping moveSection(YMapping root, int header, int before) {
        List<YNode> items = TranscriptTree.items(root);
        TranscriptTree.header(items, header);
        if (before != items.size()) {
            TranscriptTree.header(items, before);
        }
        int end = TranscriptTree.sectionEnd(items, header);
        return withItems(root, moved(items, header, end - header, before));
    }

    /** A line's time and seconds set together, in the site's format ({@link TranscriptTree#time}). */
    static YMapping setTime(YMapping root, int i, int seconds) {
        List<YNode> items = TranscriptTree.items(root);
        YMapping line = TranscriptTree.line(items, i);
        if (line.get(TIME).orElse(null) instanceof YScalar time && time.isString()
                && time.value().equals(TranscriptTree.time(seconds)) && line.get(SEC).orElse(null) instanceof YScalar sec
                && "int".equals(sec.tag()) && sec.value().equals(Integer.toString(seconds))) {
            return root;
        }
        List<YNode> out = new ArrayList<>(items);
        out.set(i, timed(line, seconds));
        return withItems(root, out);
    }

    /** The line with {@code time} and {@code sec} set; each keeps the style it was written in. */
    private static YMapping timed(YMapping line, int seconds) {
        String time = TranscriptTree.time(seconds);
        YNode oldTime = line.get(TIME).orElse(null);
        YScalar t = oldTime instanceof YScalar s && s.isString() ? s.withValue(time) : YScalar.str(time);
        YNode oldSec = line.get(SEC).orElse(null);
        ScalarStyle style = oldSec instanceof YScalar s && "int".equals(s.tag()) ? s.style() : ScalarStyle.PLAIN;
        YScalar sec = new YScalar(Integer.toString(seconds), "int", style, null);
        return TranscriptTree.with(TranscriptTree.with(line, SEC, sec), TIME, t);
    }

    /** The items with a run moved before index {@code to} of the list as it was. */
    private static List<YNode> moved(List<YNode> items, int first, int count, int to) {
        if (to >= first && to <= first + count) {
            return items;
        }
        List<YNode> out = new ArrayList<>(items);
        List<YNode> run = new ArrayList<>(out.subList(first, first + count));
        out.subList(first, first + count).clear();
        out.addAll(to > first ? to - count : to, run);
        return out;
    }

    private static YMapping withItems(YMapping root, List<YNode> items) {
        YSequence old = TranscriptTree.list(root);
        YSequence next = Archive.sequence(old, items);
        return next == old ? root : (YMapping) YamlPath.of(TranscriptTree.TRANSCRIPT).replace(root, next);
    }
}
