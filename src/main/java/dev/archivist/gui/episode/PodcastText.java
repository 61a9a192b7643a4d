package dev.archivist.gui.episode;

import dev.archivist.model.PodcastEpisode;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.List;

/** Reading an episode's values for the form: a scalar's text, a list's strings. */
final class PodcastText {

    private PodcastText() {
    }

    /** The text of the scalar at the path, or null when there is none. */
    static String scalar(YMapping root, YamlPath path) {
        return root == null ? null : path.find(root).filter(YScalar.class::isInstance).map(YScalar.class::cast)
                .filter(s -> !s.isNull()).map(YScalar::value).orElse(null);
    }

    /** The texts of a list's items, one per item so an index is the item's ("" for an empty or nested item). */
    static List<String> items(YMapping root, String key) {
        YNode n = root.get(key).orElse(null);
        if (!(n instanceof YSequence seq)) {
            return PodcastEpisode.strings(root, key);
        }
        return seq.items().stream().map(i -> i instanceof YScalar s && !s.isNull() ? s.value() : "").toList();
    }
}
