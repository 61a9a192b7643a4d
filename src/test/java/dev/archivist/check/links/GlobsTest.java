package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The globs of the tracking rules match exactly what the regular expressions they stand for match. */
class GlobsTest {

    @Test
    void everyGlobOfTheShippedRulesAndHostileOnesMatchAsTheirRegex() throws IOException {
        Set<String> globs = new LinkedHashSet<>(shippedGlobs());
        globs.addAll(List.of("*", "**", "a*b*c", "*x*", "ab*ab", "pd_rd_*", "/s/*", ".+?[](){}|^$\\", "a\\Qb*c\\E",
                "é*", "K*", "line\nbreak", "*\r*", "", "a**b"));
        List<String> texts = new ArrayList<>(List.of("", "*", "a", "ab", "aab", "abab", "abcabc", "axbxc", "ABC", "aBc",
                "UTM_SOURCE", "utm_", "Utm_Campaign", "pd_rd_w", "PD_RD_", "ref=sr_1_1", "/s", "/s/x", "/S/x", "/gp/search?x",
                "x\ny", "utm_\n", "\u0085", "utm_\u2028x", "\u212Aeywords", "\u0130d", "ſi", "é", "É", "caf\u00e9",
                ".+?[](){}|^$\\", "a\\Qb-c\\E", "line\nbreak", "LINE\nBREAK", "a\rb", "\r"));
        for (String g : globs) {
            texts.add(g);
            texts.add(g.toUpperCase(java.util.Locale.ROOT));
            texts.add(g.replace("*", ""));
            texts.add(g.replace("*", "zz"));
            texts.add(g.replace("*", "\n"));
        }
        Random random = new Random(7);
        String alphabet = "abAB*_\n\u212A\u00e9-";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
            if (i < 300) {
                globs.add(sb.toString());
            }
        }
        int matched = 0;
        for (boolean ignoreCase : new boolean[] {true, false}) {
            for (String g : globs) {
                Globs one = Globs.of(List.of(g), ignoreCase);
                Pattern p = Globs.regex(g, ignoreCase);
                for (String t : texts) {
                    boolean expected = p.matcher(t).matches();
                    assertEquals(expected, one.matches(t), () -> "glob '" + g + "' ignoreCase " + ignoreCase + " on '" + t + "'");
                    matched += expected ? 1 : 0;
                }
            }
            Globs all = Globs.of(List.copyOf(globs), ignoreCase);
            for (String t : texts) {
                boolean any = false;
                for (String g : globs) {
                    any |= Globs.regex(g, ignoreCase).matcher(t).matches();
                }
                assertEquals(any, all.matches(t), "all globs on '" + t + "'");
            }
        }
        assertTrue(matched > 1000, "the texts exercise matches as well as misses: " + matched);
    }

    @Test
    void onlyTheStarAloneKeepsEverything() {
        assertTrue(Globs.of(List.of("v", "*"), true).hasStar());
        assertFalse(Globs.of(List.of("**", "v*"), true).hasStar());
        assertTrue(Globs.of(List.of(), true).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static List<String> shippedGlobs() throws IOException {
        try (InputStream in = TrackingRules.class.getResourceAsStream("tracking-rules.yml")) {
            Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<String> out = new ArrayList<>((List<String>) ((Map<String, Object>) data.get("global")).get("remove"));
            for (Map<String, Object> site : (List<Map<String, Object>>) data.get("sites")) {
                for (String key : List.of("paths", "exceptPaths", "remove", "removePathSegments", "keep")) {
                    for (Object o : (List<Object>) site.getOrDefault(key, List.of())) {
                        out.add(String.valueOf(o));
                    }
                }
            }
            assertTrue(out.size() > 60, "the shipped rules were read: " + out.size());
            return out;
        }
    }
}
