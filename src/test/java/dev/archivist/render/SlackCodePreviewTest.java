package dev.archivist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.check.CheckContext;
import dev.archivist.check.FixEngine;
import dev.archivist.check.encoding.EncodingCheck;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Slack code block, once {@code encoding.slack-code-block} has fixed it, previews as a code block. */
class SlackCodePreviewTest {
    private final SiteMarkdown markdown = new SiteMarkdown();

    private static String fixed(String yamlText) {
        ArchiveDocument doc = ArchiveReader.parse(Path.of("20210719-test.md"), SourceInfo.UTF8_LF,
                "---\narchive:\n- name: Ann\n  text: " + yamlText + "\n  replies: []\n---\n");
        FixEngine.Result r = FixEngine.apply(CheckContext.of(doc, null), List.of(new EncodingCheck()),
                k -> k == Kind.SLACK_CODE_BLOCK);
        return ((YScalar) YamlPath.parse("archive[0].text").find(r.root()).orElseThrow()).value();
    }

    @Test
    void fixedSlackBlockPreviewsAsPreCodeWithTheDecodedCode() {
        String text = fixed("\"try ```pip install x&gt;=1 &amp;&amp; run &lt;file&gt;\\nnext``` then\"");
        assertEquals("try\n```\npip install x>=1 && run <file>\nnext\n```\nthen", text);
        assertEquals("<p>try</p>\n<pre><code>pip install x&gt;=1 &amp;&amp; run &lt;file&gt;\nnext\n</code></pre>\n<p>then</p>\n",
                markdown.text(text, null));
    }

    @Test
    void beforeTheFixTheFirstLineIsLostToTheInfoString() {
        String html = markdown.text("```[ Service\n  [ Model ]\n]```\nWhat is slow?", null);
        assertEquals("<pre><code class=\"language-[\">  [ Model ]\n]```\nWhat is slow?\n</code></pre>\n", html);
    }
}
