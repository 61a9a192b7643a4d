package dev.archivist.model;

/**
 * The typed view of a person's page ({@code _people/<id>.md}) over its front matter tree: the
 * display name ({@code title}), the id the site looks them up by ({@code short}), the picture
 * under the site root, the profile handles and the short biography (HTML, as the site shows it).
 */
public record PersonPage(
        String title,
        String shortName,
        String picture,
        String linkedin,
        String twitter,
        String github,
        String web,
        String bioShort) {

    public static PersonPage of(YMapping root) {
        return new PersonPage(v(root, "title"), v(root, "short"), v(root, "picture"), v(root, "linkedin"),
                v(root, "twitter"), v(root, "github"), v(root, "web"), v(root, "bio_short"));
    }

    private static String v(YMapping root, String key) {
        return PodcastEpisode.value(root, key);
    }
}
