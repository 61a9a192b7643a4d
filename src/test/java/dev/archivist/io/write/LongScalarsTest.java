package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.read.Yaml11Numbers;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Plain scalars longer than SnakeYAML's resolver looks at (1024 chars; 50 for timestamps) resolve
 * as YAML 1.1 says, as PyYAML and Psych read them: a 100,000-digit integer is an integer.
 */
class LongScalarsTest {
    private static final List<String> SPECIAL = List.of(".inf", "-.Inf", ".NaN", "+.nan", "0", "-0", "0b", "0x", "._");

    private static ArchiveDocument doc(String frontMatter) {
        ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, "---\n" + frontMatter + "---\n");
        assertTrue(doc.parsed(), () -> String.valueOf(doc.error()));
        return doc;
    }

    private static String tagOf(String plain) {
        return ((YScalar) doc("v: " + plain + "\n").root().get("v").orElseThrow()).tag();
    }

    @Test
    void aLongPlainIntegerIsAnIntegerAndFormatWritesItPlain() throws WriteRefused {
        String big = "9".repeat(100_000);
        ArchiveDocument d = doc("title: x\nbig: " + big + "\n");
        assertEquals("int", ((YScalar) d.root().get("big").orElseThrow()).tag());
        assertEquals("---\ntitle: x\nbig: " + big + "\n---\n", PageWriter.formatted(d, d.root(), d.body(), 0));
    }

    @Test
    void longNumbersAndTimestampsResolveAsShortOnesDo() {
        String digits = "1234567890".repeat(120);
        assertEquals("int", tagOf("-" + digits));
        assertEquals("int", tagOf("0x" + "f_".repeat(700)));
        assertEquals("int", tagOf("0" + "7".repeat(1500)));
        assertEquals("int", tagOf("1" + ":30".repeat(600)));
        assertEquals("float", tagOf(digits + "." + digits));
        assertEquals("float", tagOf(digits + "e+10"));
        assertEquals("float", tagOf("." + digits));
        assertEquals("float", tagOf("1" + ":30".repeat(600) + ".5"));
        assertEquals("timestamp", tagOf("2001-12-14 21:59:43." + "1".repeat(60)));
        assertEquals("str", tagOf(digits + "x"));
        assertEquals("str", tagOf("0" + "8".repeat(1500)));
        assertEquals("str", tagOf("1" + ":60".repeat(600)));
    }

    @Test
    void aLongStringOfDigitsIsQuotedSoItStaysAString() throws WriteRefused {
        ArchiveDocument d = doc("v: x\n");
        String digits = "7".repeat(5000);
        YMapping root = (YMapping) YamlPath.of("v").replace(d.root(), YScalar.str(digits));
        assertEquals("---\nv: '" + digits + "'\n---\n", PageWriter.patched(d, root, d.body()));
    }

    @Test
    void aLongSexagesimalLookingStringDoesNotOverflowTheStack() throws WriteRefused {
        String value = "1" + ":1".repeat(30_000);
        ArchiveDocument d = doc("v: \"" + value + "\"\nw: " + value + "\n");
        String text = PageWriter.formatted(d, d.root(), d.body(), 0);
        assertEquals("---\nv: '" + value + "'\nw: " + value + "\n---\n", text);
    }

    @Test
    void theLinearScanAgreesWithSnakeYamlsPatterns() {
        Pattern sexagesimal = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
        Random random = new Random(20240607);
        String alphabet = "0123456789_:.+-eExXbBaAfF7nNiI";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 12 : alphabet.length())));
            }
            String s = random.nextInt(50) == 0 ? SPECIAL.get(random.nextInt(SPECIAL.size())) : sb.toString();
            assertEquals(Resolver.INT.matcher(s).matches(), Yaml11Numbers.isInt(s), "int " + s);
            assertEquals(Resolver.FLOAT.matcher(s).matches(), Yaml11Numbers.isFloat(s), "float " + s);
            assertEquals(sexagesimal.matcher(s).matches(), Yaml11Numbers.isSexagesimal(s), "sexagesimal " + s);
        }
    }
}
