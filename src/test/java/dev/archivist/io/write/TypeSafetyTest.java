package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Promise 4: a string written over a plain scalar reads back as the same string in our reader,
 * SnakeYAML, PyYAML, Ruby's Psych and the YAML 1.2 core schema.
 */
class TypeSafetyTest {
    /** Texts that mean something else when written plain, and a few that do not. */
    static final List<String> VALUES = List.of(
            "yes", "Yes", "YES", "No", "no", "on", "Off", "y", "Y", "n", "N", "true", "False", "TRUE",
            "~", "null", "Null", "NULL", "", " ", "+1", "-1", "0", "012", "0:45", "1:20:30", "190:20:30", "1_000",
            "0x1F", "0o17", "0b101", ".5", "+.5", "1.", "1e3", "1E-3", "6.8523015e+5", ".inf", "-.Inf", "NaN", ".NaN",
            "2021-07-19", "2021-7-9", "2021-07-19 10:00:00", "2021-07-19T10:00:00Z", "=", "<<",
            "here is the paper:", "key: value", "a #hashtag", "- item", "-", "--", "---", "...", "?", "? q", ":",
            "#tag", "@x", "`x`", "'quoted'", "\"double\"", "!tag", "&anchor", "*alias", "%percent", "|pipe", ">gt",
            "[a]", "{a}", "a, b", ",", " leading", "trailing ", "tab\tinside", ":smile:", ":+1:", "1,000", "1,000.5",
            "Yes please", "+1 for a dbt edition", "No way", "null pointer", "C#", "https://example.com/a?b=c#d",
            "María Núñez", "日本語", "😂", "a: b: c", "50%", "e", "E5");
    /** Texts that are safe plain: writing them quoted would be noise. */
    static final List<String> PLAIN = List.of("Yes please", "+1 for a dbt edition", "No way", "null pointer", "C#",
            "https://example.com/a?b=c#d", "María Núñez", "日本語", "😂", "50%", "e", "E5", "a, b");

    private static final Pattern CORE_12_NOT_STRING = Pattern.compile(
            "null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
                    + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?(\\.inf|\\.Inf|\\.INF)|\\.nan|\\.NaN|\\.NAN");

    /** The front matter written for each value, in the order of VALUES. */
    static List<String> written;

    @BeforeAll
    static void writeEveryValueOverAPlainScalar() throws WriteRefused {
        written = new ArrayList<>();
        for (String value : VALUES) {
            ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, "---\nv: plain\nw: 1\n---\n");
            YamlPath v = YamlPath.of("v");
            YScalar old = (YScalar) v.find(doc.root()).orElseThrow();
            String text = PageWriter.patched(doc, (dev.archivist.model.YMapping) v.replace(doc.root(),
                    ScalarValues.edit(old, value)), doc.body());
            written.add(text.substring(4, text.indexOf("w: 1\n")));
        }
    }

    @Test
    void everyValueAddedToAFlowListOrMappingReadsBackAsTheSameString() throws Exception {
        for (String value : VALUES) {
            ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, "---\nauthors: [a, b]\nm: {k: x}\n---\n");
            dev.archivist.model.YMapping root = doc.root();
            dev.archivist.model.YSequence authors = (dev.archivist.model.YSequence) root.get("authors").orElseThrow();
            dev.archivist.model.YMapping item = dev.archivist.model.YMapping.of(List.of(
                    new dev.archivist.model.YEntry(YScalar.str("name"), YScalar.str(value))));
            root = root.with("authors", authors.withItems(List.of(authors.get(0), YScalar.str(value), item)));
            root = root.with("m", ((dev.archivist.model.YMapping) root.get("m").orElseThrow()).with("v", YScalar.str(value)));
            String text = PageWriter.patched(doc, root, doc.body());
            Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, text.lastIndexOf("---")));
            java.util.Map<?, ?> map = (java.util.Map<?, ?>) data;
            List<?> list = (List<?>) map.get("authors");
            assertEquals(value, list.get(1), () -> "in a flow list: " + text);
            assertEquals(value, ((java.util.Map<?, ?>) list.get(2)).get("name"), () -> "in a flow list: " + text);
            assertEquals(value, ((java.util.Map<?, ?>) map.get("m")).get("v"), () -> "in a flow mapping: " + text);
        }
    }

    @Test
    void ourReaderReadsEveryValueBackAsTheSameString() {
        for (int i = 0; i < VALUES.size(); i++) {
            ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, "---\n" + written.get(i) + "---\n");
            YScalar s = (YScalar) doc.root().get("v").orElseThrow();
            assertEquals("str", s.tag(), () -> "not a string: " + written);
            assertEquals(VALUES.get(i), s.value());
        }
    }

    @Test
    void snakeYamlReadsEveryValueBackAsTheSameString() {
        for (int i = 0; i < VALUES.size(); i++) {
            Map<?, ?> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(written.get(i));
            assertEquals(VALUES.get(i), map.get("v"), "SnakeYAML reads " + written.get(i));
        }
    }

    @Test
    void yaml12CoreSchemaReadsEveryPlainValueAsAString() {
        for (int i = 0; i < VALUES.size(); i++) {
            String scalar = written.get(i).substring(3).strip();
            boolean plain = !scalar.startsWith("'") && !scalar.startsWith("\"") && !scalar.startsWith("|");
            if (plain) {
                assertEquals(VALUES.get(i), scalar);
                assertTrue(!CORE_12_NOT_STRING.matcher(scalar).matches(), "YAML 1.2 reads " + scalar + " as a non-string");
            }
        }
    }

    @Test
    void valuesThatAreNotStringsWhenPlainAreQuotedAndTheOthersStayPlain() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < VALUES.size(); i++) {
            String value = VALUES.get(i);
            String scalar = written.get(i).substring(3, written.get(i).length() - 1);
            if (PLAIN.contains(value) != scalar.equals(value)) {
                wrong.add("'" + value + "' was written " + scalar);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.toString());
        assertEquals("v: 'yes'\n", written.get(VALUES.indexOf("yes")));
        assertEquals("v: '0:45'\n", written.get(VALUES.indexOf("0:45")));
        assertEquals("v: 'here is the paper:'\n", written.get(VALUES.indexOf("here is the paper:")));
    }

    @Test
    void pyYamlReadsEveryValueBackAsTheSameString() throws Exception {
        List<List<String>> read = runReader(List.of("python3", "-c", """
                import sys, json, yaml
                out = []
                for t in json.load(sys.stdin):
                    v = yaml.safe_load(t)['v']
                    out.append([type(v).__name__, v if isinstance(v, str) else repr(v)])
                json.dump(out, sys.stdout)
                """), List.of("python3", "-c", "import yaml"));
        assertEveryValueIsTheString(read, "str", "PyYAML");
    }

    @Test
    void rubyPsychReadsEveryValueBackAsTheSameString() throws Exception {
        List<List<String>> read = runReader(List.of("ruby", "-ryaml", "-rjson", "-rdate", "-e",
                "puts JSON.generate(JSON.parse(STDIN.read).map { |t| v = YAML.safe_load(t, permitted_classes: [Date, Time, Symbol])['v']; "
                        + "[v.class.to_s, v.to_s] })"), List.of("ruby", "-ryaml", "-e", "1"));
        assertEveryValueIsTheString(read, "String", "Psych");
    }

    private static void assertEveryValueIsTheString(List<List<String>> read, String stringType, String reader) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < VALUES.size(); i++) {
            List<String> r = read.get(i);
            if (!r.get(0).equals(stringType) || !r.get(1).equals(VALUES.get(i))) {
                wrong.add(written.get(i).strip() + " -> " + r);
            }
        }
        assertTrue(wrong.isEmpty(), reader + " reads differently: " + wrong);
    }

    /** Runs a reader over every written front matter (JSON in, JSON [type, value] pairs out); skips when it is absent. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> runReader(List<String> command, List<String> probe) throws Exception {
        Assumptions.assumeTrue(runs(probe), command.get(0) + " with its YAML library is not on this machine");
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().write(json(written).getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, command.get(0) + " failed: " + out);
        List<List<String>> read = new Yaml(new SafeConstructor(new LoaderOptions())).load(out);
        assertEquals(VALUES.size(), read.size());
        return read;
    }

    private static boolean runs(List<String> probe) {
        try {
            Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String json(List<String> strings) {
        StringBuilder sb = new StringBuilder("[");
        for (String s : strings) {
            sb.append(sb.length() > 1 ? "," : "").append('"');
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c < 0x20) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }
}
