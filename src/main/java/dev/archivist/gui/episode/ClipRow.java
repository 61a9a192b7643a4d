package dev.archivist.gui.episode;

import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code quotableClips}: name, end and URL bound to the page as typed; the start is shown
 * here and written by {@link EpisodeViewModel#setClipStart}, which keeps the URL's {@code t=} in step.
 */
public final class ClipRow {
    static final String KEY = "quotableClips";
    private static final Pattern T = Pattern.compile("([?&#]t=)(\\d+)");
    private final int index;
    private final BoundText name;
    private final BoundText start;
    private final BoundText end;
    private final BoundText url;

    ClipRow(Supplier<EditorModel> editor, int index) {
        this.index = index;
        this.name = new BoundText(editor, path(index).key("name"));
        // shown only: the view commits a start through the view model, never keystroke by keystroke
        this.start = new BoundText(() -> null, path(index).key("startOffset"));
        this.end = new BoundText(editor, path(index).key("endOffset"));
        this.url = new BoundText(editor, path(index).key("url"));
    }

    static YamlPath path(int index) {
        return YamlPath.of(KEY, index);
    }

    public int index() {
        return index;
    }

    public BoundText name() {
        return name;
    }

    /** The start as the page holds it (read-only: see {@link EpisodeViewModel#setClipStart}). */
    public BoundText start() {
        return start;
    }

    public BoundText end() {
        return end;
    }

    public BoundText url() {
        return url;
    }

    void pull(YMapping root) {
        name.pull(root);
        start.pull(root);
        end.pull(root);
        url.pull(root);
    }

    /** The URL with its {@code t=} set to the start, or the URL as it is when it has no {@code t=}. */
    public static String withStart(String url, String seconds) {
        Matcher m = T.matcher(url);
        return m.find() ? url.substring(0, m.start(2)) + seconds + url.substring(m.end(2)) : url;
    }

    /** The URL's {@code t=} in seconds, or null when it has none. */
    public static String startOf(String url) {
        Matcher m = T.matcher(url == null ? "" : url);
        return m.find() ? m.group(2) : null;
    }
}
