package dev.archivist.io.read;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;

/**
 * SnakeYAML's composer with the archive's own limits, checked where the input breaks them: an
 * anchor is refused at the anchor (before an alias bomb can count its aliases), and nesting
 * deeper than {@link #MAX_DEPTH} is refused at the collection that goes too deep. It also
 * remembers which scalars had their tag written ({@code !!str 123}), which SnakeYAML's nodes do
 * not tell.
 */
final class ArchiveComposer extends Composer {
    static final int MAX_DEPTH = 100;

    /** Where a limit was broken, in the piece's own lines and columns (0-based). */
    static final class LimitExceeded extends RuntimeException {
        final transient Mark mark;

        LimitExceeded(String message, Mark mark) {
            super(message, null, false, false);
            this.mark = mark;
        }
    }

    private int depth;
    private final Set<Node> explicitTags = Collections.newSetFromMap(new IdentityHashMap<>());

    ArchiveComposer(Parser parser, LoaderOptions options) {
        super(parser, YamlResolver.INSTANCE, options);
    }

    @Override
    protected Node composeScalarNode(String anchor, List<CommentLine> blockComments) {
        refuseAnchor(anchor);
        String tag = ((ScalarEvent) parser.peekEvent()).getTag();
        Node node = super.composeScalarNode(anchor, blockComments);
        if (tag != null && !tag.equals("!")) {
            explicitTags.add(node);
        }
        return node;
    }

    /** True when the scalar's tag was written in the source rather than resolved from its text. */
    boolean explicitTag(Node scalar) {
        return explicitTags.contains(scalar);
    }

    @Override
    protected Node composeSequenceNode(String anchor) {
        refuseAnchor(anchor);
        enter();
        try {
            return super.composeSequenceNode(anchor);
        } finally {
            depth--;
        }
    }

    @Override
    protected Node composeMappingNode(String anchor) {
        refuseAnchor(anchor);
        enter();
        try {
            return super.composeMappingNode(anchor);
        } finally {
            depth--;
        }
    }

    private void refuseAnchor(String anchor) {
        if (anchor != null) {
            throw new LimitExceeded("anchors and aliases (&" + anchor + ", *" + anchor
                    + ") are not supported in archives", parser.peekEvent().getStartMark());
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new LimitExceeded("the YAML is nested more than " + MAX_DEPTH + " levels deep",
                    parser.peekEvent().getStartMark());
        }
    }
}
