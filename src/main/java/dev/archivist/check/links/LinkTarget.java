package dev.archivist.check.links;

import dev.archivist.model.Edit;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A web link written in a page, as the online check sees it: the value's path, the URL as
 * written there, where it goes, and whether the value is Markdown (a thread's or reply's text)
 * or the URL alone (a {@code links:} entry, a clip, a cover or image given as a URL).
 */
record LinkTarget(YamlPath path, String raw, String href, boolean markdown) {

    /** Every web link of a page, in the order of its keys. */
    static List<LinkTarget> of(YMapping root) {
        List<LinkTarget> out = new ArrayList<>();
        for (String key : List.of("cover", "image")) {
            plain(root, YamlPath.of(key), out);
        }
        YNode links = root.get("links").orElse(null);
        if (links instanceof YSequence list) {
            for (int i = 0; i < list.size(); i++) {
                plain(root, YamlPath.of("links", i, "link"), out);
            }
        } else if (links instanceof YMapping platforms) {
            for (YEntry e : platforms.entries()) {
                plain(root, YamlPath.of("links", e.name()), out);
            }
        }
        if (root.get("quotableClips").orElse(null) instanceof YSequence clips) {
            for (int i = 0; i < clips.size(); i++) {
                plain(root, YamlPath.of("quotableClips", i, "url"), out);
            }
        }
        root.get("archive").ifPresent(archive -> messages(archive, YamlPath.of("archive"), out));
        return out;
    }

    /** The edit that writes another URL in place of this one, and nothing else of the value. */
    Edit rewrite(String to) {
        UnaryOperator<String> swap = u -> u.equals(raw) ? to : u;
        return new Edit.TextEdit(path, markdown ? v -> LinkFixes.rewriteUrls(v, swap) : swap);
    }

    private static void plain(YMapping root, YamlPath path, List<LinkTarget> out) {
        path.find(root).filter(YScalar.class::isInstance).map(n -> (YScalar) n).filter(YScalar::isString)
                .map(YScalar::value).filter(UrlText::isValidWebUrl)
                .ifPresent(v -> out.add(new LinkTarget(path, v, v, false)));
    }

    private static void messages(YNode node, YamlPath path, List<LinkTarget> out) {
        if (!(node instanceof YSequence seq)) {
            return;
        }
        for (int i = 0; i < seq.size(); i++) {
            if (seq.get(i) instanceof YMapping m) {
                YamlPath at = path.index(i);
                if (m.get("text").orElse(null) instanceof YScalar s && s.isString()) {
                    for (LinkRef l : MarkdownLinks.scan(s.value()).links()) {
                        if (Url.parse(l.href()).filter(Url::isWeb).isPresent()) {
                            out.add(new LinkTarget(at.key("text"), l.rawUrl(s.value()), l.href(), true));
                        }
                    }
                }
                m.get("replies").ifPresent(r -> messages(r, at.key("replies"), out));
            }
        }
    }
}
