package dev.archivist.gui.problems;

import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/** The problems tree's items: a group per kind whose problem rows are made when it opens. */
final class ProblemItems {

    private ProblemItems() {
    }

    /** A kind's group; its value is the kind, its children the problems. */
    static final class Group extends TreeItem<Object> {
        private final Kind kind;
        private List<Problem> problems;
        private boolean populated;

        Group(Kind kind, List<Problem> problems) {
            super(kind);
            this.kind = kind;
            this.problems = problems;
        }

        /** The group's kind, also while its value is briefly null to refresh the row. */
        Kind kind() {
            return kind;
        }

        List<Problem> problems() {
            return problems;
        }

        @Override
        public boolean isLeaf() {
            return problems.isEmpty();
        }

        @Override
        public ObservableList<TreeItem<Object>> getChildren() {
            if (!populated) {
                populated = true;
                super.getChildren().setAll(rows(problems));
            }
            return super.getChildren();
        }

        /** Shows a new list; nothing is remade when it holds the same problems. */
        void update(List<Problem> now) {
            if (same(problems, now)) {
                return;
            }
            problems = now;
            if (populated) {
                super.getChildren().setAll(rows(now));
            }
            // the row shows the count: a new value object makes the cell update
            setValue(null);
            setValue(kind);
        }
    }

    /** Rows shown per kind: a list of forty thousand is for "Fix all", not for scrolling. */
    static final int MAX_ROWS = 500;

    static List<TreeItem<Object>> rows(List<Problem> problems) {
        int shown = Math.min(problems.size(), MAX_ROWS);
        List<TreeItem<Object>> out = new ArrayList<>(shown + 1);
        for (int i = 0; i < shown; i++) {
            out.add(new TreeItem<>(problems.get(i)));
        }
        if (problems.size() > shown) {
            out.add(new TreeItem<>("… and " + (problems.size() - shown) + " more of this kind (Fix all fixes them all; F8 walks the list)"));
        }
        return out;
    }

    static boolean same(List<Problem> a, List<Problem> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Where a selected row stood: its kind's group, the group's place among the groups and the row's in the group (-1: the group itself). */
    record Spot(Kind kind, Object value, int group, int row) {
        static Spot of(TreeItem<Object> root, TreeItem<Object> item) {
            if (item == null) {
                return null;
            }
            TreeItem<Object> group = item.getParent() == root ? item : item.getParent();
            int at = root.getChildren().indexOf(group);
            return at < 0 ? null : new Spot(((Group) group).kind(), item.getValue(), at,
                    group == item ? -1 : group.getChildren().indexOf(item));
        }
    }

    /**
     * The row to select once the groups show a new set, as an IDE does after a fix: the same kind
     * or problem when it is still there, else the problem that took its place in the kind, else
     * the kind that took the gone kind's place; null when nothing is left.
     */
    static TreeItem<Object> after(TreeItem<Object> root, Spot spot) {
        List<TreeItem<Object>> groups = root.getChildren();
        if (spot == null || groups.isEmpty()) {
            return null;
        }
        TreeItem<Object> group = groups.stream().filter(g -> ((Group) g).kind() == spot.kind()).findFirst().orElse(null);
        if (group == null) {
            return groups.get(Math.min(spot.group(), groups.size() - 1));
        }
        List<TreeItem<Object>> rows = group.getChildren();
        if (spot.row() < 0 || rows.isEmpty()) {
            return group;
        }
        if (spot.value() instanceof Problem was) {
            for (TreeItem<Object> r : rows) {
                if (r.getValue() instanceof Problem p && p.path().equals(was.path()) && p.message().equals(was.message())) {
                    return r;
                }
            }
        }
        return rows.get(Math.min(spot.row(), rows.size() - 1));
    }

    /** Brings the groups under the root in step with the set, keeping open groups open. */
    static void update(TreeItem<Object> root, ProblemSet set) {
        List<Kind> kinds = set.kinds();
        List<TreeItem<Object>> groups = new ArrayList<>();
        Set<Kind> seen = new HashSet<>();
        for (TreeItem<Object> item : root.getChildren()) {
            Group g = (Group) item;
            if (kinds.contains(g.kind())) {
                g.update(set.of(g.kind()));
                seen.add(g.kind());
            }
        }
        for (Kind k : kinds) {
            TreeItem<Object> existing = root.getChildren().stream()
                    .filter(i -> ((Group) i).kind() == k).findFirst().orElse(null);
            groups.add(existing != null ? existing : new Group(k, set.of(k)));
        }
        if (!groups.equals(root.getChildren())) {
            root.getChildren().setAll(groups);
        }
    }
}
