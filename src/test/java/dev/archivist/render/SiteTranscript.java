package dev.archivist.render;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The reference for the transcript part of an episode page, written apart from the renderer: the
 * HTML that {@code _layouts/podcast.html}'s transcript loop writes, made by walking a front matter
 * as loaded by plain SnakeYAML with Liquid's rules (only nil and false are false; values are
 * inserted as they are), and the words a browser shows of any HTML.
 */
final class SiteTranscript {

    /** The layout's disclaimer, as it writes it. */
    static final String DISCLAIMER = "<p class=\"transcript-disclaimer\">\n"
            + "  The transcripts are edited for clarity, sometimes with AI.\n"
            + "  If you notice any incorrect information,\n"
            + "  <a href=\"https://github.com/DataTalksClub/datatalksclub.github.io/issues/new/choose\" "
            + "target=\"_blank\">let us know</a>.\n</p>\n";

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile(
            "(?is)<(script|style|template|iframe|noscript|textarea|title)\\b[^>]*>.*?(</\\1\\s*>|$)");
    private static final Pattern BREAKING = Pattern.compile(
            "(?i)</?(br|p|h[1-6]|div|li|ul|ol|section|header|aside|dl|dt|dd|article|main)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");

    private SiteTranscript() {
    }

    /** The transcript section's content as the site writes it (after its sr-only heading), or null without a transcript. */
    static String html(Map<?, ?> page) {
        Object transcript = page.get("transcript");
        if (!truthy(transcript)) {
            return null;
        }
        StringBuilder html = new StringBuilder(DISCLAIMER);
        for (Object element : transcript instanceof List<?> l ? l : List.of(transcript)) {
            Map<?, ?> line = element instanceof Map<?, ?> m ? m : Map.of();
            if (truthy(line.get("header"))) {
                html.append("<h3 class=\"transcript-header\">").append(liquid(line.get("header"))).append("</h3>\n");
            } else {
                html.append("<p class=\"transcript-line\"><b>").append(liquid(line.get("who"))).append("</b>: ")
                        .append(liquid(line.get("line")));
                if (truthy(line.get("sec"))) {
                    html.append(" (<a href=\"#\">").append(liquid(line.get("time"))).append("</a>)");
                }
                html.append("</p>\n");
            }
        }
        return html.toString();
    }

    /** The words a browser shows of the HTML, in order: markup hidden, entities decoded, split at white space. */
    static List<String> words(String html) {
        String text = COMMENT.matcher(html).replaceAll("");
        text = HIDDEN.matcher(text).replaceAll("");
        text = BREAKING.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = StringEscapeUtils.unescapeHtml4(text).strip();
        return text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split("[\\s\\u00A0]+")));
    }

    /**
     * A front matter as Jekyll's Psych reads it, for what the transcript shows: SnakeYAML's YAML
     * 1.1, with Psych's base 60 integers ({@code 0:21} too, whose first digit YAML 1.1 wants
     * non-zero), counted as Psych does (the parts of {@code m:ss} as hours and minutes).
     */
    static Object load(String yaml) {
        Tag base60 = new Tag("tag:archivist.test,2024:psych-base60");
        Resolver resolver = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(base60, Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}$"), "-+0123456789");
                super.addImplicitResolvers();
            }
        };
        SafeConstructor constructor = new SafeConstructor(new LoaderOptions()) {
            {
                yamlConstructors.put(base60, new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        String[] parts = ((ScalarNode) node).getValue().replace("_", "").split(":");
                        long total = 0;
                        for (int e = 0; e < parts.length; e++) {
                            total += Long.parseLong(parts[e]) * (long) Math.pow(60, Math.abs(e - 2));
                        }
                        return total;
                    }
                });
            }
        };
        return new Yaml(constructor, new Representer(new DumperOptions()), new DumperOptions(), new LoaderOptions(), resolver)
                .load(yaml);
    }

    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    /** A value as {@code {{ }}} writes it. */
    private static String liquid(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            return format.format(date);
        }
        return value.toString();
    }
}
