package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.SourceInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PyYAML, which the sites' tools read pages with, loads a formatted page as it loaded the original. */
class PyYamlFormatTest {
    /** Loads each front matter given on the command line (tags it does not know kept as [tag, value]) and compares. */
    private static final String COMPARE = """
            import sys, yaml
            if hasattr(sys, 'set_int_max_str_digits'):
                sys.set_int_max_str_digits(0)  # Python 3.11+ refuses to read a 100,000-digit int otherwise
            class Loader(yaml.SafeLoader):
                pass
            def unknown(loader, suffix, node):
                if isinstance(node, yaml.ScalarNode):
                    return [node.tag, loader.construct_scalar(node)]
                if isinstance(node, yaml.SequenceNode):
                    return [node.tag, loader.construct_sequence(node, deep=True)]
                return [node.tag, sorted(loader.construct_mapping(node, deep=True).items())]
            for prefix in ['!', 'tag:']:
                Loader.add_multi_constructor(prefix, unknown)
            def load(path):
                text = open(path, encoding='utf-8').read()
                return yaml.load(text.split('\\n---\\n')[0][4:], Loader=Loader)
            a, b = load(sys.argv[1]), load(sys.argv[2])
            print('same' if a == b and repr(a) == repr(b) else 'differs: %r / %r' % (a, b))
            """;

    @TempDir
    Path dir;

    @Test
    void pyYamlLoadsAFormattedPageAsTheOriginal() throws Exception {
        Assumptions.assumeTrue(runs(List.of("python3", "-c", "import yaml")), "python3 with PyYAML is not on this machine");
        List<String> pages = List.of(
                "title: T\ns: !!set {a: null, b: null}\no: !!omap [{a: 1}, {b: 2}]\np: !!pairs [{a: 1}, {a: 2}]\n",
                "s: !!set\n  ? a\n  ? b\no: !!omap\n  - a: 1\n  - b: 2\nl:\n  - !!set\n    ? x\n",
                "a: !!str 123\nb: !!int \"5\"\nc: !custom x\nd: !!str yes\ne: !!float 1\nf: !!binary aGVsbG8=\ng: !!str hello\n"
                        + "h: [!!str 1, !x y]\ni: !!str \"a: b\"\nj: !foo {k: v}\n",
                "%YAML 1.1\n%TAG !e! tag:example.com,2000:app/\n--- # doc\ntitle: x\nlist: [a,   b]\nt: !e!foo 1\n",
                "title: x\nbig: " + "9".repeat(100_000) + "\nf: 1." + "5".repeat(2000) + "\nsex: 1" + ":30".repeat(600)
                        + "\nts: 2001-12-14 21:59:43." + "1".repeat(60) + "\nstr: '" + "7".repeat(2000) + "'\n");
        for (int i = 0; i < pages.size(); i++) {
            String original = "---\n" + pages.get(i) + "---\nbody\n";
            ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, original);
            assertTrue(doc.parsed(), () -> String.valueOf(doc.error()));
            String formatted = PageWriter.formatted(doc, doc.root(), doc.body(), 0);
            Path a = Files.writeString(dir.resolve(i + "-original.md"), original);
            Path b = Files.writeString(dir.resolve(i + "-formatted.md"), formatted);
            assertEquals("same", run(List.of("python3", "-c", COMPARE, a.toString(), b.toString())),
                    () -> "PyYAML reads the formatted page differently:\n" + shortened(formatted));
        }
    }

    private static String shortened(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        return out;
    }

    private static boolean runs(List<String> probe) {
        try {
            return run(probe).isEmpty();
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
