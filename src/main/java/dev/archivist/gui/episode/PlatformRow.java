package dev.archivist.gui.episode;

import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.model.YamlPath;
import java.util.function.Supplier;

/** One entry of an episode's {@code ids} or {@code links} mapping: the platform and its value, bound to the page. */
public final class PlatformRow {
    private final String platform;
    private final BoundText value;

    PlatformRow(Supplier<EditorModel> editor, String key, String platform) {
        this.platform = platform;
        this.value = new BoundText(editor, YamlPath.of(key, platform));
    }

    public String platform() {
        return platform;
    }

    public BoundText value() {
        return value;
    }
}
