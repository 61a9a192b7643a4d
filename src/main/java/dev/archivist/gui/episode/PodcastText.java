package dev.archivist.gui.episode;

import dev.archivist.model.PodcastEpisode;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
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

    static List<String> strings(YMapping root, String key) {
        return PodcastEpisode.strings(root, key);
    }
}
