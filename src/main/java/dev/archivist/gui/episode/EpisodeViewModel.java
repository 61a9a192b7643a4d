package dev.archivist.gui.episode;

import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.metadata.PageForm;
import dev.archivist.gui.metadata.IdList;
import dev.archivist.gui.metadata.OtherKeys;
import dev.archivist.gui.problems.ProblemSet;
import dev.archivist.io.write.ScalarValues;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A podcast episode's front matter as a form: texts and numbers bound to their scalars, the
 * guests with their {@code _people} names, the platform ids and links, topics, dates, the
 * duration as a clock, the quotable clips, and every other key. Each edit is one operation of
 * the engine on the value's own path.
 */
public final class EpisodeViewModel extends PageForm {
    /** The keys the form has fields for; {@code transcript} is edited in the tree. */
    public static final Set<String> KNOWN_KEYS = Set.of("title", "short", "season", "episode", "guests", "image", "ids",
            "links", "description", "intro", "topics", "dateadded", "date", "duration", "quotableClips", "transcript");
    static final String IDS = "ids";
    static final String LINKS = "links";
    static final String TOPICS = "topics";
    static final String DURATION = "duration";

    // properties
    private final BoundText title = bound("title");
    private final BoundText shortTitle = bound("short");
    private final BoundText season = bound("season");
    private final BoundText episode = bound("episode");
    private final BoundText image = bound("image");
    private final BoundText description = bound("description");
    private final BoundText intro = bound("intro");
    private final BoundText dateAdded = bound("dateadded");
    private final BoundText date = bound("date");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper durationWritten = new ReadOnlyStringWrapper("");
    private final IdList guests = new IdList(editor::get, "guests", "guest", false);
    private final ObservableList<PlatformRow> ids = FXCollections.observableArrayList();
    private final ObservableList<PlatformRow> links = FXCollections.observableArrayList();
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final ObservableList<ClipRow> clips = FXCollections.observableArrayList();
    private final OtherKeys others = new OtherKeys(editor::get, KNOWN_KEYS);

    public EpisodeViewModel(ObservableValue<EditorModel> current, ObservableValue<ProblemSet> problemSet) {
        super(current, problemSet);
        follow();
    }

    // properties

    public BoundText title() {
        return title;
    }

    public BoundText shortTitle() {
        return shortTitle;
    }

    public BoundText season() {
        return season;
    }

    public BoundText episode() {
        return episode;
    }

    public BoundText image() {
        return image;
    }

    public BoundText description() {
        return description;
    }

    public BoundText intro() {
        return intro;
    }

    public BoundText dateAdded() {
        return dateAdded;
    }

    public BoundText date() {
        return date;
    }

    /** The duration as {@code h:mm:ss} (as written when it is not an ISO duration). */
    public ReadOnlyStringProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    /** The duration as the page writes it ({@code PT01H05M29S}). */
    public ReadOnlyStringProperty durationWrittenProperty() {
        return durationWritten.getReadOnlyProperty();
    }

    public IdList guests() {
        return guests;
    }

    public ObservableList<PlatformRow> ids() {
        return ids;
    }

    public ObservableList<PlatformRow> links() {
        return links;
    }

    public ObservableList<String> topics() {
        return topics;
    }

    public ObservableList<ClipRow> clips() {
        return clips;
    }

    public OtherKeys others() {
        return others;
    }

    /** An error for a field that must hold a whole number, or null. */
    public static String integerError(String text) {
        return text == null || text.isBlank() || text.strip().matches("[0-9]+") ? null : "Not a whole number: " + text;
    }

    // commands

    /** Writes a picked date into {@link #dateAdded()} or {@link #date()}, in the format it is written in. */
    public void setDate(BoundText field, LocalDate picked) {
        if (picked != null) {
            field.valueProperty().set(dev.archivist.gui.metadata.Timestamps.write(picked, null, field.get()));
        }
    }

    /**
     * Writes a duration typed as {@code h:mm:ss} or {@code m:ss} in the page's ISO form.
     *
     * @return an error for a person, or null when it was written
     */
    public String setDuration(String typed) {
        EditorModel e = editor.get();
        var seconds = EpisodeDuration.typed(typed);
        if (e == null) {
            return null;
        }
        if (seconds.isEmpty()) {
            return "Type the duration as h:mm:ss";
        }
        String old = PodcastText.scalar(e.root(), YamlPath.of(DURATION));
        e.run(s -> s.setText(YamlPath.of(DURATION), EpisodeDuration.iso(seconds.get(), old)));
        e.seal();
        return null;
    }

    /** Adds a platform to {@code ids} or {@code links} (the mapping is made when the page has none). */
    public void addPlatform(String key, String platform, String value) {
        EditorModel e = editor.get();
        String p = platform == null ? "" : platform.strip();
        if (e == null || p.isEmpty()) {
            throw new IllegalArgumentException("a platform needs a name");
        }
        YNode map = e.root().get(key).orElse(null);
        YScalar v = YScalar.str(value == null ? "" : value.strip());
        if (map instanceof YMapping m) {
            if (m.get(p).isPresent()) {
                throw new IllegalArgumentException(key + " already has '" + p + "'");
            }
            e.run(s -> s.insert("Add " + key + "." + p, YamlPath.of(key, p), v));
        } else {
            YMapping made = YMapping.of(List.of(new YEntry(YScalar.str(p), v)));
            e.run(s -> map == null ? s.insert("Add " + key, YamlPath.of(key), made) : s.set("Set " + key, YamlPath.of(key), made));
        }
    }

    public void removePlatform(String key, String platform) {
        EditorModel e = editor.get();
        if (e != null) {
            e.run(s -> s.delete("Remove " + key + "." + platform, YamlPath.of(key, platform)));
        }
    }

    /** Adds a topic at the end of {@code topics} (the list is made when the page has none). */
    public void addTopic(String topic) {
        EditorModel e = editor.get();
        String t = topic == null ? "" : topic.strip();
        if (e == null || t.isEmpty()) {
            return;
        }
        YNode list = e.root().get(TOPICS).orElse(null);
        if (list instanceof YSequence seq) {
            e.run(s -> s.insert("Add topic", YamlPath.of(TOPICS, seq.items().size()), YScalar.str(t)));
        } else {
            YSequence made = new YSequence(List.of(YScalar.str(t)), false, null, null);
            e.run(s -> list == null ? s.insert("Add topic", YamlPath.of(TOPICS), made) : s.set("Set topics", YamlPath.of(TOPICS), made));
        }
    }

    public void removeTopic(int index) {
        EditorModel e = editor.get();
        if (e != null && e.root().get(TOPICS).orElse(null) instanceof YSequence) {
            e.run(s -> s.delete("Remove topic", YamlPath.of(TOPICS, index)));
        }
    }

    /**
     * Sets a clip's start in seconds and the URL's {@code t=} with it, as one step.
     *
     * @return an error for a person, or null when it was written
     */
    public String setClipStart(int index, String seconds) {
        EditorModel e = editor.get();
        String t = seconds == null ? "" : seconds.strip();
        if (e == null) {
            return null;
        }
        if (!t.matches("[0-9]+")) {
            return "The start is a number of seconds";
        }
        YNode node = ClipRow.path(index).find(e.root()).orElse(null);
        if (!(node instanceof YMapping clip)) {
            return null;
        }
        YMapping next = clip.with("startOffset", ScalarValues.edit(clip.get("startOffset").orElse(null), t));
        if (clip.get("url").orElse(null) instanceof YScalar url && !url.isNull()) {
            next = next.with("url", ScalarValues.edit(url, ClipRow.withStart(url.value(), t)));
        }
        YMapping done = next;
        e.run(s -> s.set("Set clip start", ClipRow.path(index), done));
        return null;
    }

    @Override
    protected void pull(EditorModel e, YMapping root) {
        for (BoundText t : List.of(title, shortTitle, season, episode, image, description, intro, dateAdded, date)) {
            t.pull(root);
        }
        String written = PodcastText.scalar(root, YamlPath.of(DURATION));
        durationWritten.set(written == null ? "not set" : written);
        duration.set(EpisodeDuration.shown(written));
        guests.pull(e);
        pullPlatforms(root, IDS, ids);
        pullPlatforms(root, LINKS, links);
        List<String> ts = root == null ? List.of() : PodcastText.items(root, TOPICS);
        if (!ts.equals(topics)) {
            topics.setAll(ts);
        }
        pullClips(root);
        others.pull(root);
    }

    private void pullPlatforms(YMapping root, String key, ObservableList<PlatformRow> rows) {
        List<String> names = new ArrayList<>();
        if (root != null && root.get(key).orElse(null) instanceof YMapping m) {
            m.entries().forEach(en -> names.add(en.name()));
        }
        if (!names.equals(rows.stream().map(PlatformRow::platform).toList())) {
            List<PlatformRow> next = new ArrayList<>();
            for (String n : names) {
                PlatformRow row = new PlatformRow(editor::get, key, n);
                row.value().pull(root);
                next.add(row);
            }
            rows.setAll(next);
            return;
        }
        rows.forEach(r -> r.value().pull(root));
    }

    private void pullClips(YMapping root) {
        int size = root != null && root.get(ClipRow.KEY).orElse(null) instanceof YSequence s ? s.items().size() : 0;
        if (size != clips.size()) {
            List<ClipRow> next = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                next.add(new ClipRow(editor::get, i));
            }
            next.forEach(r -> r.pull(root));
            clips.setAll(next);
            return;
        }
        clips.forEach(r -> r.pull(root));
    }
}
