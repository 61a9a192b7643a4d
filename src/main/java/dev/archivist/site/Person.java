package dev.archivist.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A person of the site: the id (file name of {@code _people/<id>.md}) and display name (title). */
public record Person(String id, String title, String picture) {

    static Optional<Person> read(Path file) {
        String id = file.getFileName().toString().replaceFirst("\\.md$", "");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.startsWith("---")) {
                return Optional.empty();
            }
            int end = text.indexOf("\n---", 3);
            if (end < 0) {
                return Optional.empty();
            }
            Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(3, end));
            if (data instanceof Map<?, ?> map && map.get("title") != null) {
                Object pic = map.get("picture");
                return Optional.of(new Person(id, String.valueOf(map.get("title")), pic == null ? null : pic.toString()));
            }
        } catch (IOException | RuntimeException e) {
            // a people page that cannot be read is treated as absent
        }
        return Optional.empty();
    }
}
