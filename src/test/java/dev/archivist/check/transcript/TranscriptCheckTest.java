package dev.archivist.check.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.cli.ArchivistCommand;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptCheckTest {
    @TempDir
    Path dir;

    private Path episode(String yaml) throws IOException {
        return write("_podcast/e.md", yaml);
    }

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: An episode\n" + yaml + "---\n\nNotes.\n");
        return file;
    }

    private static List<Problem> problems(Path page, Kind kind) {
        return new TranscriptCheck().check(CheckContext.of(ArchiveReader.read(page), null)).stream()
                .filter(p -> p.kind() == kind).toList();
    }

    private static List<String> where(List<Problem> problems) {
        return problems.stream().map(Problem::where).toList();
    }

    private static void fix(Path page) {
        StringWriter out = new StringWriter();
        int status = ArchivistCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "fix", page.toString());
        assertEquals(0, status, out.toString());
    }

    @Test
    void aHeaderRightAfterItselfIsDroppedAndNothingElseMoves() throws Exception {
        String before = """
                transcript:
                - header: Intro
                - header: Intro
                - line: Hello.
                  sec: 1
                  time: '0:01'
                  who: Ann
                - header: Career
                - line: So.
                  sec: 5
                  time: '0:05'
                  who: Bo
                - header: Career
                - header: Career
                - header: 'Career'
                - line: Next.
                  sec: 9
                  time: '0:09'
                  who: Ann
                """;
        Path page = episode(before);
        List<Problem> found = problems(page, Kind.DUPLICATE_HEADER);
        // the Career after a line is a new section of the same name, not a repeat
        assertEquals(List.of("transcript[1]", "transcript[6]", "transcript[7]"), where(found));
        assertTrue(found.stream().allMatch(Problem::safelyFixable));
        assertTrue(found.get(0).message().contains("transcript[0]"), found.get(0).message());

        fix(page);
        String expected = "---\ntitle: An episode\n" + before
                .replace("- header: Career\n- header: Career\n- header: 'Career'\n", "- header: Career\n")
                .replace("- header: Intro\n- header: Intro\n", "- header: Intro\n") + "---\n\nNotes.\n";
        assertEquals(expected, Files.readString(page));
        assertTrue(problems(page, Kind.DUPLICATE_HEADER).isEmpty());
    }

    @Test
    void headersAreComparedWithoutTheSpacesAroundThem() throws Exception {
        Path page = episode("transcript:\n- header: Intro\n- header: ' Intro '\n- header: intro\n");
        assertEquals(List.of("transcript[1]"), where(problems(page, Kind.DUPLICATE_HEADER)), "case is not ignored");
    }

    @Test
    void aRepeatHoldingMoreThanItsHeaderIsOnlyReported() throws Exception {
        Path page = episode("transcript:\n- header: A\n- header: A\n  note: kept\n- header: B\n");
        List<Problem> found = problems(page, Kind.DUPLICATE_HEADER);
        assertEquals(List.of("transcript[1]"), where(found));
        assertFalse(found.get(0).safelyFixable());
    }

    @Test
    void secRunningBackwardsIsReportedAgainstThePreviousTimedLine() throws Exception {
        Path page = episode("""
                transcript:
                - line: a
                  sec: 10
                - line: b
                  sec: 30
                - line: untimed
                - header: H
                - line: c
                  sec: '20'
                - line: d
                  sec: 20
                - line: e
                  sec: 25
                """);
        List<Problem> found = problems(page, Kind.TRANSCRIPT_ORDER);
        assertEquals(List.of("transcript[4].sec"), where(found), "a sec written as a string is still read; equal is not backwards");
        assertTrue(found.get(0).message().contains("transcript[1]"), found.get(0).message());
        assertNull(found.get(0).fix());
    }

    @Test
    void aLineWithoutSpeakerSuggestsThePreviousOne() throws Exception {
        Path page = episode("""
                transcript:
                - line: first, nobody named
                - line: a
                  who: Ann
                - header: H
                - line: b
                - line: c
                  who: ''
                - line: d
                  who: Bo
                """);
        List<Problem> found = problems(page, Kind.MISSING_SPEAKER);
        assertEquals(List.of("transcript[0]", "transcript[3]", "transcript[4].who"), where(found));
        assertNull(found.get(0).fix());
        assertEquals("Ann", found.get(1).fix().after());
        assertTrue(found.get(1).message().contains("Ann"));
        assertFalse(found.get(1).safelyFixable(), "only a person knows who spoke");
    }

    @Test
    void timeAndSecMustAgree() throws Exception {
        Path page = episode("""
                transcript:
                - line: ok
                  sec: 63
                  time: '1:03'
                - line: hours
                  sec: 3723
                  time: 1:02:03
                - line: plain, sec as string
                  sec: '7'
                  time: 0:07
                - line: off by one
                  sec: 64
                  time: '1:03'
                - line: no time
                  sec: 70
                - line: no sec, not shown by the site
                  time: '9:99'
                - line: bad time
                  sec: 80
                  time: '1:5'
                - line: bad sec
                  sec: soon
                  time: '1:30'
                - line: hours wrong
                  sec: 3600
                  time: '1:00:01'
                """);
        List<Problem> found = problems(page, Kind.TIME_MISMATCH);
        assertEquals(List.of("transcript[3].time", "transcript[4].sec", "transcript[6].time", "transcript[7].sec",
                "transcript[8].time"), where(found));
        assertTrue(found.get(1).message().contains("1:10"), found.get(1).message());
    }

    @Test
    void clipUrlsStartAtTheirOffsetAndClipsRunInOrder() throws Exception {
        Path page = episode("""
                quotableClips:
                - name: a
                  startOffset: 0
                  url: https://www.youtube.com/watch?v=X&t=0
                  endOffset: 63
                - name: b
                  startOffset: 63
                  url: https://youtu.be/X?t=1m3s
                  endOffset: 70
                - name: c
                  startOffset: 70
                  url: https://www.youtube.com/watch?v=X&t=71
                  endOffset: 60
                - name: d
                  startOffset: 50
                  url: https://www.youtube.com/watch?v=X
                  endOffset: 90
                - name: e
                  startOffset: 3723
                  url: https://www.youtube.com/watch?v=X&t=1h2m3s
                  endOffset: 3800
                - name: f
                  startOffset: 3900
                  url: https://www.youtube.com/watch?v=X&t=soon
                  endOffset: 3950
                """);
        assertEquals(List.of("quotableClips[2].url", "quotableClips[3].url", "quotableClips[5].url"),
                where(problems(page, Kind.CLIP_OFFSET)));
        assertEquals(List.of("quotableClips[2].endOffset", "quotableClips[3].startOffset"),
                where(problems(page, Kind.CLIP_ORDER)));
    }

    @Test
    void otherPagesHaveNoTranscriptChecks() throws Exception {
        Path book = write("_books/b.md", "transcript:\n- header: A\n- header: A\n- line: x\n  sec: 5\n- line: y\n  sec: 1\n");
        assertTrue(new TranscriptCheck().check(CheckContext.of(ArchiveReader.read(book), null)).isEmpty());
    }

    @Test
    void secondsAsTheSiteWritesThem() {
        assertEquals("0:07", dev.archivist.model.PodcastEpisode.clock(7));
        assertEquals("1:02:03", dev.archivist.model.PodcastEpisode.clock(3723));
        assertEquals(3723, dev.archivist.model.PodcastEpisode.clock("1:02:03").getAsInt());
        assertEquals(754, dev.archivist.model.PodcastEpisode.clock("12:34").getAsInt());
        assertTrue(dev.archivist.model.PodcastEpisode.clock("1:60").isEmpty());
        assertEquals(4500, dev.archivist.model.PodcastEpisode.clock("75:00").getAsInt());
        assertTrue(dev.archivist.model.PodcastEpisode.clock("1:75:00").isEmpty());
        assertEquals(62, Seconds.youtube("1m2s").getAsInt());
        assertEquals(120, Seconds.youtube("2m").getAsInt());
        assertEquals(123, Seconds.youtube("123s").getAsInt());
        assertTrue(Seconds.youtube("").isEmpty());
        assertEquals("1m2s", Seconds.tParam("https://youtu.be/x?t=1m2s&si=y"));
    }
}
