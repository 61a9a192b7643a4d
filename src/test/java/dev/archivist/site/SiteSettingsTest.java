package dev.archivist.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .archivist.yml}: each key read, defaults without it, and every mistake named with its line. */
class SiteSettingsTest {
    @TempDir
    Path root;

    private SiteSettings read(String text) throws Exception {
        Files.writeString(root.resolve(SiteSettings.FILE), text);
        return SiteSettings.read(root);
    }

    private String error(String text) throws Exception {
        SiteSettings s = read(text);
        assertTrue(s.error().isPresent(), "an error for: " + text);
        return s.error().get();
    }

    @Test
    void anAbsentFileGivesTheDefaults() {
        SiteSettings s = SiteSettings.read(root);
        assertTrue(s.error().isEmpty());
        assertFalse(s.houseStyle());
        assertEquals(Map.of(), s.emoji());
        assertEquals(NameAliases.FILE, s.aliases());
        assertEquals(EnumSet.noneOf(Kind.class), s.skipped());
        assertEquals(LinkCheckSettings.DEFAULTS, s.links());
        assertFalse(s.reported().test(Kind.FORMAT_STYLE), "the house style only when asked");
        assertTrue(s.reported().test(Kind.ESCAPED_UNICODE));
    }

    @Test
    void anEmptyFileGivesTheDefaults() throws Exception {
        SiteSettings s = read("# nothing set yet\n");
        assertTrue(s.error().isEmpty());
        assertFalse(s.houseStyle());
    }

    @Test
    void houseStyleTurnsFormatStyleOn() throws Exception {
        SiteSettings s = read("house-style: true\n");
        assertTrue(s.houseStyle());
        assertTrue(s.reported().test(Kind.FORMAT_STYLE));
        assertFalse(read("house-style: false\n").reported().test(Kind.FORMAT_STYLE));
    }

    @Test
    void skipTakesKindsAndGroups() throws Exception {
        SiteSettings s = read("skip: [links, encoding.mojibake]\n");
        assertEquals(List.of("links", "encoding.mojibake"), s.skip());
        assertTrue(s.skipped().containsAll(Kind.select(List.of("links"))));
        assertTrue(s.skipped().contains(Kind.MOJIBAKE));
        assertFalse(s.skipped().contains(Kind.HTML_ENTITY));
        assertFalse(s.reported().test(Kind.LIST_ENTRY));
        assertTrue(s.reported().test(Kind.HTML_ENTITY));
    }

    @Test
    void emojiAreCustomShortcodesWithOrWithoutColons() throws Exception {
        SiteSettings s = read("emoji:\n  thank_you: \"🙏\"\n  ':party-parrot:': 🦜\n");
        assertEquals(Map.of(":thank_you:", "🙏", ":party-parrot:", "🦜"), s.emoji());
    }

    @Test
    void aliasesMovesTheAliasFile() throws Exception {
        SiteSettings s = read("aliases: _data/people/aliases.yml\n");
        assertEquals("_data/people/aliases.yml", s.aliases());
        Files.createDirectories(root.resolve("_data/people"));
        Files.writeString(root.resolve("_data/people/aliases.yml"), "aliases:\n- name: Serg Masis\n  replaces:\n  - Serg Masís\n");
        Files.createDirectories(root.resolve("_people"));
        Site site = Site.open(root);
        assertEquals(root.resolve("_data/people/aliases.yml"), site.aliases().file());
        assertEquals("Serg Masis", site.aliases().forSpelling("Serg Masís").orElseThrow().name());
    }

    @Test
    void theOnlineCheckSettingsAreReadAsTheirFlagsAre() throws Exception {
        SiteSettings s = read("links:\n  timeout: 2.5\n  host-concurrency: 4\n  host-interval: 200\n  retries: 0\n"
                + "  max-age: 12h\n  no-cache: true\n  exclude: ['^https://intranet\\.', /drafts/]\n"
                + "  accept: [200..=299, 429]\n  archive-url: http://127.0.0.1:8080/\n  refuse-robots: [example.com]\n");
        LinkCheckSettings links = s.links();
        assertEquals(java.time.Duration.ofMillis(2500), links.timeout());
        assertEquals(4, links.hostConcurrency());
        assertEquals(java.time.Duration.ofMillis(200), links.hostInterval());
        assertEquals(0, links.retries());
        assertEquals(java.time.Duration.ofHours(12), links.maxAge());
        assertFalse(links.cache());
        assertEquals(java.util.Optional.of("/drafts/"), links.excluded("https://example.org/drafts/1"));
        assertTrue(links.excluded("https://example.org/").isEmpty());
        assertTrue(links.accepted(429) && links.accepted(204) && !links.accepted(404));
        assertEquals("http://127.0.0.1:8080", links.archiveUrl().toString());
        assertTrue(links.refusesRobots("www.example.com") && !links.refusesRobots("linkedin.com"));
        assertEquals(128, links.maxConcurrency(), "what is not set keeps lychee's default");
    }

    @Test
    void wrongOnlineCheckSettingsAreNamedWithTheirLine() throws Exception {
        assertEquals("links in .archivist.yml, line 1, must be a mapping of settings", error("links: [a, b]\n"));
        assertEquals("unknown setting 'skip-hosts' in links of .archivist.yml, line 3; known: "
                + String.join(", ", LinkCheckSettings.KEYS), error("links:\n  timeout: 10\n  skip-hosts: [a]\n"));
        assertEquals("links: max-age in .archivist.yml, line 2, must be a duration such as 1d, 12h or 30m ('soon')",
                error("links:\n  max-age: soon\n"));
        assertEquals("links: accept in .archivist.yml, line 1, must be status codes and ranges such as 200..=299,429 ('2xx')",
                error("links: {accept: 2xx}\n"));
        assertTrue(error("links: {exclude: ['(']}\n").startsWith("links: exclude in .archivist.yml, line 1, must be a regular expression"));
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() throws Exception {
        assertEquals("unknown setting 'house_style' in .archivist.yml, line 3; known: skip, house-style, emoji, aliases, links",
                error("skip: []\n# the style\nhouse_style: true\n"));
    }

    @Test
    void wrongValuesAreNamedWithTheirLine() throws Exception {
        assertEquals("house-style in .archivist.yml, line 2, must be true or false", error("skip: []\nhouse-style: sometimes\n"));
        assertTrue(error("skip: [encodings]\n").startsWith("unknown kind 'encodings' in skip of .archivist.yml, line 1"));
        assertEquals("skip in .archivist.yml, line 2, must be a list of kinds or groups", error("skip:\n- {a: b}\n"));
        assertEquals("emoji in .archivist.yml, line 1, must be a mapping of name to emoji", error("emoji: [a]\n"));
        assertEquals("aliases in .archivist.yml, line 1, must be a path relative to the site root", error("aliases:\n"));
    }

    @Test
    void malformedYamlIsAnErrorWithItsLineAndTheDefaultsApply() throws Exception {
        SiteSettings s = read("house-style: true\nskip: [links\n");
        String e = s.error().orElseThrow();
        assertTrue(e.startsWith("cannot read .archivist.yml: "), e);
        assertTrue(e.matches(".*, line [23], column \\d+"), e);
        assertFalse(s.houseStyle(), "nothing of a broken file is used");
    }

    @Test
    void theSiteReadsItsSettings() throws Exception {
        Files.createDirectories(root.resolve("_people"));
        Files.writeString(root.resolve(SiteSettings.FILE), "house-style: yes\n");
        assertTrue(Site.open(root).settings().houseStyle());
    }
}
