package dev.archivist.edit.sequences;

import dev.archivist.edit.sequences.Model.M;
import dev.archivist.edit.sequences.Model.MList;
import dev.archivist.edit.sequences.Model.MMap;
import dev.archivist.edit.sequences.Model.MScalar;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A saved page's text read apart from the engine (a fence split like the site's and SnakeYAML's
 * plain composer), with where each model node stands in it: its span, the span of its key, and
 * whether it is written in flow style.
 */
final class SavedText {
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A(?:\\ufeff)?---[ \\t]*\\r?\\n(.*?)^---[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL | Pattern.MULTILINE);

    record Span(int start, int end) {
    }

    final String text;
    final int fmStart;
    final int fmEnd;
    final String body;
    final Node tree;
    final Map<Integer, Span> spans = new HashMap<>();
    final Map<Integer, Span> keySpans = new HashMap<>();
    final Map<Integer, Boolean> flow = new HashMap<>();
    /** The saved nodes by id, with their parent container (null for the root). */
    final Map<Integer, M> nodes = new HashMap<>();
    final Map<Integer, M> parents = new HashMap<>();
    private final int[] charAt;
    private final int[] lineStarts;

    SavedText(String text) {
        this.text = text;
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no front matter in the saved text");
        }
        fmStart = m.start(1);
        fmEnd = m.end(1);
        body = text.substring(m.end());
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        tree = new Yaml(options).compose(new StringReader(text.substring(fmStart, fmEnd)));
        String fm = text.substring(fmStart, fmEnd);
        charAt = new int[fm.codePointCount(0, fm.length()) + 1];
        for (int i = 0, cp = 0; i <= fm.length(); cp++) {
            charAt[cp] = fmStart + i;
            if (i == fm.length()) {
                break;
            }
            i += Character.charCount(fm.codePointAt(i));
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The data read, as a model tree (new ids). */
    M data() {
        return tree == null ? new MMap(Model.nextId(), null, List.of(), List.of()) : Model.of(tree);
    }

    /** Records where each node of the model tree stands, walking it beside the text's nodes. */
    void place(M model) {
        if (tree != null) {
            place(model, tree, null, null);
        }
    }

    /**
     * Places a node and returns its span: a block container ends where its last child ends (as
     * SnakeYAML's end marks run on over the blank lines and comments after it), and every span
     * ends at its last char that is not a blank or a line break.
     */
    private Span place(M model, Node node, M parent, Span key) {
        nodes.put(model.id(), model);
        parents.put(model.id(), parent);
        if (key != null) {
            keySpans.put(model.id(), key);
        }
        Span own = span(node);
        Span last = null;
        boolean isFlow;
        if (model instanceof MList l && node instanceof SequenceNode q) {
            isFlow = q.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            for (int i = 0; i < l.items().size(); i++) {
                last = place(l.items().get(i), q.getValue().get(i), model, null);
            }
        } else if (model instanceof MMap m && node instanceof MappingNode n) {
            isFlow = n.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            for (int i = 0; i < m.values().size(); i++) {
                NodeTuple t = n.getValue().get(i);
                last = place(m.values().get(i), t.getValueNode(), model, trimmed(span(t.getKeyNode())));
            }
        } else if (model instanceof MScalar && node instanceof ScalarNode) {
            isFlow = false;
        } else {
            throw new AssertionError("the saved text's shape differs from the data at " + model);
        }
        flow.put(model.id(), isFlow);
        Span placed = !isFlow && last != null ? new Span(own.start(), Math.max(own.start(), last.end()))
                : keepsTrailingBreaks(node) ? own : trimmed(own);
        spans.put(model.id(), placed);
        return placed;
    }

    /** A block scalar with keep chomping ({@code |+}) holds the blank lines after it. */
    private boolean keepsTrailingBreaks(Node node) {
        if (!(node instanceof ScalarNode sc) || sc.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL
                && sc.getScalarStyle() != DumperOptions.ScalarStyle.FOLDED) {
            return false;
        }
        int start = charAt[node.getStartMark().getIndex()];
        int lineEnd = text.indexOf('\n', start);
        String header = text.substring(start, lineEnd < 0 ? text.length() : lineEnd);
        int hash = header.indexOf(" #");
        return (hash < 0 ? header : header.substring(0, hash)).contains("+");
    }

    private Span trimmed(Span s) {
        int end = s.end();
        while (end > s.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(s.start(), end);
    }

    private Span span(Node n) {
        int start = charAt[n.getStartMark().getIndex()];
        int end = charAt[n.getEndMark().getIndex()];
        return new Span(start, Math.max(start, end));
    }

    String slice(Span s) {
        return text.substring(s.start(), s.end());
    }

    /** 0-based line of an offset. */
    int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The lines a span covers (its last char's line; an empty span its own line). */
    void lines(Span s, java.util.Set<Integer> into) {
        if (s == null) {
            return;
        }
        int last = line(Math.max(s.start(), s.end() - 1));
        for (int l = line(s.start()); l <= last; l++) {
            into.add(l);
        }
    }

    /** True when something but blanks stands before the span on its first line (a dash, a key). */
    boolean sharesLineBefore(Span s) {
        for (int i = s.start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) != ' ') {
                return true;
            }
        }
        return false;
    }

    /** The comment and blank lines right after a span, up to the end of the front matter. */
    void trailingComments(Span s, java.util.Set<Integer> into) {
        int line = line(Math.max(s.start(), s.end() - 1)) + 1;
        int last = line(fmEnd);
        while (line < last && line < lineStarts.length) {
            int from = lineStarts[line];
            int to = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
            String l = text.substring(from, to).strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                return;
            }
            into.add(line++);
        }
    }

    List<String> allLines() {
        return List.of(text.split("\n", -1));
    }
}
