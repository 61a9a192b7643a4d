package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.archivist.check.CheckContext;
import dev.archivist.check.encoding.EncodingCheck;
import dev.archivist.io.TestPages;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Scalars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code encoding.slack-code-block} on the corpus books, fixed by the command line on a copy (skipped when absent). */
class SlackCodeCorpusTest {
    private static final String KIND = "encoding.slack-code-block";
    /** Slack's ```code```: three backticks, code, three backticks (none of the corpus's code holds a backtick). */
    private static final Pattern SLACK_PAIR = Pattern.compile("```([^`]+)```");

    @TempDir
    Path site;
    @TempDir
    Path backups;

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    @Test
    void everySlackBlockOfTheBooksIsFixedOnceAndOnlyItsValuesLinesChange() throws Exception {
        List<Path> books = TestPages.corpusBooks();
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
        Files.createDirectories(site.resolve("_people"));
        Path dir = Files.createDirectories(site.resolve("_books"));
        Map<Path, ArchiveDocument> before = new HashMap<>();
        int blocks = 0;
        int values = 0;
        for (Path book : books) {
            Path copy = TestPages.copy(book, dir);
            ArchiveDocument doc = TestPages.parsed(copy);
            before.put(copy, doc);
            int[] found = slackBlocks(doc);
            blocks += found[0];
            values += found[1];
            assertEquals(found[1], problems(doc).stream().filter(Problem::safelyFixable).count(), book.toString());
        }
        assertEquals(10, blocks, "Slack code blocks in the books");
        assertEquals(7, values, "texts holding them");

        CommandLineTest.Run first = CommandLineTest.run("fix", "--kinds", KIND, dir.toString());
        assertEquals(0, first.exit(), first.err());
        int changedLines = 0;
        for (var e : before.entrySet()) {
            ArchiveDocument after = TestPages.parsed(e.getKey());
            assertTrue(problems(after).isEmpty(), e.getKey() + ": " + problems(after));
            assertEquals(0, slackBlocks(after)[0], e.getKey().toString());
            changedLines += onlySlackValuesChanged(e.getKey(), e.getValue(), after);
        }
        assertTrue(changedLines > 0);
        Map<Path, String> once = new HashMap<>();
        for (Path p : before.keySet()) {
            once.put(p, Files.readString(p));
        }
        CommandLineTest.Run second = CommandLineTest.run("fix", "--kinds", KIND, dir.toString());
        assertEquals(0, second.exit(), second.err());
        for (Path p : before.keySet()) {
            assertEquals(once.get(p), Files.readString(p), p + ": a second fix changed it");
        }
    }

    private static List<Problem> problems(ArchiveDocument doc) {
        return new EncodingCheck().check(CheckContext.of(doc, null)).stream()
                .filter(p -> p.kind() == Kind.SLACK_CODE_BLOCK).toList();
    }

    /** {blocks, texts holding one}: ```code``` pairs whose opening or closing backticks share a line with code. */
    private static int[] slackBlocks(ArchiveDocument doc) {
        int[] n = new int[2];
        Scalars.forEachString(doc.root(), (path, s) -> {
            int before = n[0];
            Matcher m = SLACK_PAIR.matcher(s.value());
            while (m.find()) {
                String code = m.group(1);
                n[0] += code.startsWith("\n") && code.endsWith("\n") ? 0 : 1;
            }
            n[1] += n[0] > before ? 1 : 0;
        });
        return n;
    }

    /** Every differing line lies within the original lines of a text that held a Slack block; returns their count. */
    private static int onlySlackValuesChanged(Path page, ArchiveDocument before, ArchiveDocument after) {
        BitSet slack = new BitSet();
        Scalars.forEachString(before.root(), (path, s) -> {
            if (s.value().contains("```") && s.span() != null) {
                slack.set(before.line(s.span().start()) - 1, before.line(Math.max(s.span().start(), s.span().end() - 1)));
            }
        });
        int changed = 0;
        List<String> a = before.text().lines().toList();
        for (AbstractDelta<String> d : DiffUtils.diff(a, after.text().lines().toList()).getDeltas()) {
            int pos = d.getSource().getPosition();
            int size = d.getSource().size();
            boolean inside = size == 0 ? slack.get(Math.max(0, pos - 1)) || slack.get(pos) : slack.nextClearBit(pos) >= pos + size;
            assertTrue(inside, page + ": a line outside the fixed texts changed: " + d);
            changed += Math.max(size, d.getTarget().size());
        }
        return changed;
    }
}
