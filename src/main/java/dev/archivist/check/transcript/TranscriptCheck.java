package dev.archivist.check.transcript;

import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.PageKind;
import dev.archivist.model.PodcastEpisode;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The {@code transcript.*} and {@code clips.*} checks of a podcast episode: a section header
 * repeated right after itself (dropped, the one safe fix), lines whose {@code sec} runs
 * backwards, lines without a speaker, {@code time} and {@code sec} that disagree, and
 * {@code quotableClips} whose URL starts elsewhere than their {@code startOffset} or that are out
 * of order. Other pages have none of these.
 */
public final class TranscriptCheck implements Check {
    static final String TRANSCRIPT = "transcript";
    static final String CLIPS = "quotableClips";

    @Override
    public List<Problem> check(CheckContext context) {
        if (context.kind() != PageKind.PODCAST) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        if (context.root().get(TRANSCRIPT).orElse(null) instanceof YSequence items) {
            transcript(context, items, out);
        }
        if (context.root().get(CLIPS).orElse(null) instanceof YSequence clips) {
            clips(context, clips, out);
        }
        return out;
    }

    private static void transcript(CheckContext context, YSequence items, List<Problem> out) {
        YMapping before = null;
        int lastSec = -1;
        YamlPath lastTimed = null;
        String speaker = null;
        for (int i = 0; i < items.size(); i++) {
            YamlPath path = YamlPath.of(TRANSCRIPT, i);
            if (!(items.get(i) instanceof YMapping item)) {
                before = null;
                continue;
            }
            if (item.get("header").isPresent()) {
                duplicateHeader(context, path, item, before, out);
            } else if (item.get("line").isPresent()) {
                OptionalInt sec = time(context, path, item, out);
                if (sec.isPresent()) {
                    if (lastTimed != null && sec.getAsInt() < lastSec) {
                        report(context, Kind.TRANSCRIPT_ORDER, path.key("sec"), "sec " + sec.getAsInt() + " ("
                                + PodcastEpisode.clock(sec.getAsInt()) + ") is earlier than the " + lastSec + " ("
                                + PodcastEpisode.clock(lastSec) + ") of the timed line before it, " + lastTimed, null, out);
                    }
                    lastSec = sec.getAsInt();
                    lastTimed = path;
                }
                String who = item.text("who");
                if (who == null || who.isBlank()) {
                    missingSpeaker(context, path, item, speaker, out);
                } else {
                    speaker = who;
                }
            }
            before = item;
        }
    }

    /** A header whose item right before is the same header: the repeat is dropped when it holds nothing else. */
    private static void duplicateHeader(CheckContext context, YamlPath path, YMapping item, YMapping before,
                                        List<Problem> out) {
        String header = item.text("header");
        String previous = before == null ? null : before.text("header");
        if (header == null || previous == null || !header.strip().equals(previous.strip())) {
            return;
        }
        YamlPath prior = path.parent().index((Integer) path.last() - 1);
        String message = "the header '" + header.strip() + "' repeats the one right before it, " + prior
                + " (the site shows the section title twice)";
        Fix fix = item.entries().size() == 1
                ? Fix.safe("- header: " + header, "", new Edit.Delete(path))
                : null;
        report(context, Kind.DUPLICATE_HEADER, path, message + (fix == null ? "; it holds other keys" : ""), fix, out);
    }

    /** {@code transcript.time-mismatch}; returns the line's {@code sec} when it is a number. */
    private static OptionalInt time(CheckContext context, YamlPath path, YMapping item, List<Problem> out) {
        YScalar secNode = scalar(item, "sec");
        YScalar timeNode = scalar(item, "time");
        if (secNode == null) {
            return OptionalInt.empty(); // a time without sec is not shown by the site
        }
        OptionalInt sec = Seconds.number(secNode.value());
        if (sec.isEmpty()) {
            report(context, Kind.TIME_MISMATCH, path.key("sec"), "sec '" + secNode.value()
                    + "' is not a number of seconds", null, out);
            return sec;
        }
        String expected = PodcastEpisode.clock(sec.getAsInt());
        if (timeNode == null) {
            report(context, Kind.TIME_MISMATCH, path.key("sec"), "the line has sec " + sec.getAsInt()
                    + " but no time: the site shows an empty timestamp link (" + expected + " would match)", null, out);
            return sec;
        }
        OptionalInt time = PodcastEpisode.clock(timeNode.value());
        if (time.isEmpty()) {
            report(context, Kind.TIME_MISMATCH, path.key("time"), "time '" + timeNode.value()
                    + "' is neither m:ss nor h:mm:ss (sec " + sec.getAsInt() + " is " + expected + ")", null, out);
        } else if (time.getAsInt() != sec.getAsInt()) {
            report(context, Kind.TIME_MISMATCH, path.key("time"), "time " + timeNode.value() + " is "
                    + time.getAsInt() + " s but sec is " + sec.getAsInt() + " (" + expected + ")", null, out);
        }
        return sec;
    }

    /** Suggests the nearest speaker before the line, which a person confirms. */
    private static void missingSpeaker(CheckContext context, YamlPath path, YMapping item, String speaker,
                                       List<Problem> out) {
        String message = "the line has no who (the site shows an empty name)";
        Fix fix = null;
        if (speaker != null) {
            message += "; the speaker before it is " + speaker;
            fix = Fix.suggestion("", speaker, new Edit.SetNode(path.key("who"), YScalar.str(speaker)));
        }
        YamlPath at = item.get("who").isPresent() ? path.key("who") : path;
        report(context, Kind.MISSING_SPEAKER, at, message, fix, out);
    }

    private static void clips(CheckContext context, YSequence clips, List<Problem> out) {
        int lastStart = -1;
        YamlPath lastPath = null;
        for (int i = 0; i < clips.size(); i++) {
            YamlPath path = YamlPath.of(CLIPS, i);
            if (!(clips.get(i) instanceof YMapping clip)) {
                continue;
            }
            OptionalInt start = seconds(clip, "startOffset");
            OptionalInt end = seconds(clip, "endOffset");
            String url = clip.text("url");
            if (start.isPresent() && url != null) {
                offset(context, path, url, start.getAsInt(), out);
            }
            if (start.isPresent() && end.isPresent() && end.getAsInt() < start.getAsInt()) {
                report(context, Kind.CLIP_ORDER, path.key("endOffset"), "the clip ends (" + end.getAsInt()
                        + ") before it starts (" + start.getAsInt() + ")", null, out);
            }
            if (start.isPresent()) {
                if (lastPath != null && start.getAsInt() < lastStart) {
                    report(context, Kind.CLIP_ORDER, path.key("startOffset"), "the clip starts (" + start.getAsInt()
                            + ") before the clip above it, " + lastPath + " (" + lastStart + ")", null, out);
                }
                lastStart = start.getAsInt();
                lastPath = path;
            }
        }
    }

    /** {@code clips.offset-mismatch}: the URL's {@code t=} against the clip's {@code startOffset}. */
    private static void offset(CheckContext context, YamlPath path, String url, int start, List<Problem> out) {
        String t = Seconds.tParam(url);
        if (t == null) {
            if (start > 0) {
                report(context, Kind.CLIP_OFFSET, path.key("url"), "the URL has no t=, so the clip plays from the "
                        + "start, not from its startOffset " + start, null, out);
            }
            return;
        }
        OptionalInt at = Seconds.youtube(t);
        if (at.isEmpty()) {
            report(context, Kind.CLIP_OFFSET, path.key("url"), "t=" + t + " in the URL is not a time (startOffset is "
                    + start + ")", null, out);
        } else if (at.getAsInt() != start) {
            report(context, Kind.CLIP_OFFSET, path.key("url"), "the URL starts at t=" + t + " (" + at.getAsInt()
                    + " s) but startOffset is " + start, null, out);
        }
    }

    private static OptionalInt seconds(YMapping m, String key) {
        YScalar s = scalar(m, key);
        return s == null ? OptionalInt.empty() : Seconds.number(s.value());
    }

    /** The non-null scalar at the key, or null. */
    private static YScalar scalar(YMapping m, String key) {
        YNode n = m.get(key).orElse(null);
        return n instanceof YScalar s && !s.isNull() ? s : null;
    }

    private static void report(CheckContext context, Kind kind, YamlPath path, String message, Fix fix,
                               List<Problem> out) {
        out.add(new Problem(kind, path, context.line(path), context.column(path), message, fix));
    }

    @Override
    public Set<Kind> kinds() {
        return EnumSet.copyOf(Kind.select(List.of("transcript", "clips")));
    }
}
