package dev.archivist.gui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.task.DirectTaskRunner;
import dev.archivist.gui.task.TaskRunner;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewViewModelTest {
    private static final YamlPath REPLY_TEXT = YamlPath.parse("archive[1].replies[1].text");
    @TempDir
    Path dir;
    final SimpleObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    final SimpleObjectProperty<MessagePlace> focused = new SimpleObjectProperty<>();
    EditorModel page;

    @BeforeEach
    void open() throws Exception {
        Path file = Samples.site(dir.resolve("site"));
        page = EditorModel.opened(ArchiveReader.read(file), Site.around(file).orElse(null));
    }

    private PreviewViewModel showing(TaskRunner runner) {
        PreviewViewModel vm = new PreviewViewModel(editor, focused, runner);
        editor.set(page);
        vm.showingProperty().set(true);
        return vm;
    }

    private static String html(PreviewViewModel vm) {
        return vm.pageProperty().get().html() + String.join("", vm.appended());
    }

    @Test
    void anEditedReplyShowsInThePreview() {
        PreviewViewModel vm = showing(new DirectTaskRunner());
        assertTrue(html(vm).contains("Makes sense, thanks!"));
        page.setText(REPLY_TEXT, "Makes sense, previewed!");
        assertTrue(html(vm).contains("Makes sense, previewed!"), html(vm));
        assertFalse(vm.renderingProperty().get());
    }

    @Test
    void nothingRendersWhileThePreviewIsHiddenAndItCatchesUpWhenShown() {
        PreviewViewModel vm = new PreviewViewModel(editor, focused, new DirectTaskRunner());
        editor.set(page);
        page.setText(REPLY_TEXT, "Hidden edit");
        assertNull(vm.pageProperty().get());
        vm.showingProperty().set(true);
        assertTrue(html(vm).contains("Hidden edit"));
    }

    @Test
    void typingRendersOnceAfterThePauseAndOnlyTheLatestText() {
        ManualRunner runner = new ManualRunner();
        PreviewViewModel vm = showing(runner);
        PreviewViewModel.Page first = vm.pageProperty().get();
        page.setText(REPLY_TEXT, "Makes sense");
        page.setText(REPLY_TEXT, "Makes sense, typed");
        assertEquals(first, vm.pageProperty().get(), "nothing renders before the pause");
        assertEquals(List.of(true, false), runner.scheduled.stream().map(s -> s.cancelled).toList());
        assertEquals(PreviewViewModel.PAUSE, runner.delays.get(1));
        assertTrue(vm.renderingProperty().get());
        runner.fireAll();
        assertTrue(html(vm).contains("Makes sense, typed"));
        assertEquals(1, runner.renders, "the first keystroke's render was dropped");
    }

    @Test
    void aLongArchiveShowsItsFirstThreadsThenAppendsTheRestInChunks() {
        int n = 1300;
        List<YNode> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            threads.add(YMapping.of(List.of(
                    new YEntry(YScalar.str("name"), YScalar.str("Reader " + i)),
                    new YEntry(YScalar.str("text"), YScalar.str("Question number " + i)))));
        }
        page.set(YamlPath.of("archive"), YSequence.of(threads));
        PreviewViewModel vm = showing(new DirectTaskRunner());
        String first = vm.pageProperty().get().html();
        assertTrue(first.contains("id=\"thread-199\""));
        assertFalse(first.contains("id=\"thread-200\""));
        assertEquals(List.of(200, 200, 200, 200, 200, 100), vm.appended().stream()
                .map(h -> h.split("<article ", -1).length - 1).toList());
        assertTrue(vm.appended().get(5).contains("Question number 1299"));
        assertEquals(n, vm.shownProperty().get());
        assertEquals(n, vm.pageProperty().get().threads());
    }

    @Test
    void selectingAReplyNamesItsAnchor() {
        PreviewViewModel vm = showing(new DirectTaskRunner());
        focused.set(MessagePlace.reply(1, 1));
        assertEquals("thread-1-reply-1", vm.anchorProperty().get());
        focused.set(MessagePlace.thread(2));
        assertEquals("thread-2", vm.anchorProperty().get());
        assertTrue(html(vm).contains("id=\"thread-1-reply-1\""));
    }

    @Test
    void theStandalonePageHasEveryThread() {
        PreviewViewModel vm = showing(new DirectTaskRunner());
        String whole = vm.standalone().html();
        assertTrue(whole.contains("Content-Security-Policy"));
        assertTrue(whole.contains("Makes sense, thanks!"));
    }

    @Test
    void anEpisodeShowsAsAnEpisodeAndFollowsAnEditedLine() throws Exception {
        Path file = java.nio.file.Files.createDirectories(dir.resolve("site/_podcast")).resolve("ep.md");
        java.nio.file.Files.writeString(file, "---\ntitle: Talking\nseason: 1\nepisode: 2\ntranscript:\n"
                + "- header: Start\n- line: Hello there\n  who: Ann\n  time: '0:10'\n  sec: 10\n---\n");
        page = EditorModel.opened(ArchiveReader.read(file), Site.around(file).orElse(null));
        PreviewViewModel vm = showing(new DirectTaskRunner());
        assertTrue(html(vm).contains("Hello there") && html(vm).contains("Start"), html(vm));
        assertFalse(html(vm).contains("thread-0"), "not a book's threads");
        page.setText(YamlPath.parse("transcript[1].line"), "Hello, edited");
        assertTrue(html(vm).contains("Hello, edited"), html(vm));
        assertTrue(vm.standalone().html().contains("Hello, edited"));
    }

    /** Runs work at once but holds scheduled actions until the test fires them. */
    static final class ManualRunner extends TaskRunner {
        static final class Scheduled {
            final Runnable action;
            boolean cancelled;

            Scheduled(Runnable action) {
                this.action = action;
            }
        }

        final List<Scheduled> scheduled = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();
        final DirectTaskRunner direct = new DirectTaskRunner();
        int renders;

        @Override
        public <T> Handle run(String name, Work<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onError) {
            renders++;
            return direct.run(name, work, onDone, onError);
        }

        @Override
        public void post(Runnable action) {
            action.run();
        }

        @Override
        public Handle schedule(Duration delay, Runnable action) {
            Scheduled s = new Scheduled(action);
            scheduled.add(s);
            delays.add(delay);
            return () -> s.cancelled = true;
        }

        void fireAll() {
            renders = 0;
            for (Scheduled s : List.copyOf(scheduled)) {
                if (!s.cancelled) {
                    s.action.run();
                }
            }
        }
    }
}
