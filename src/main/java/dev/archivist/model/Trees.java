package dev.archivist.model;

import java.util.Objects;
import java.util.Optional;

/** Compares trees by what they mean (types, collection tags and values), not by how they are written. */
public final class Trees {

    private Trees() {
    }

    public static boolean sameData(YNode a, YNode b) {
        if (a == b) {
            return a != null; // trees share untouched branches: no need to walk them
        }
        if (a instanceof YScalar x && b instanceof YScalar y) {
            return x.tag().equals(y.tag()) && (x.isNull() || x.value().equals(y.value()));
        }
        if (a instanceof YMapping x && b instanceof YMapping y) {
            if (x.entries().size() != y.entries().size() || !Objects.equals(x.tag(), y.tag())) {
                return false;
            }
            for (int i = 0; i < x.entries().size(); i++) {
                YEntry ex = x.entries().get(i);
                YEntry ey = y.entries().get(i);
                if (!ex.name().equals(ey.name()) || !sameData(ex.value(), ey.value())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof YSequence x && b instanceof YSequence y) {
            if (x.size() != y.size() || !Objects.equals(x.tag(), y.tag())) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameData(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The first place where two trees mean different things, if any. */
    public static Optional<YamlPath> firstDifference(YNode a, YNode b, YamlPath at) {
        return a == b || sameData(a, b) ? Optional.empty() : locate(a, b, at);
    }

    private static Optional<YamlPath> locate(YNode a, YNode b, YamlPath at) {
        if (a instanceof YScalar x && b instanceof YScalar y) {
            boolean same = x.tag().equals(y.tag()) && (x.isNull() || x.value().equals(y.value()));
            return same ? Optional.empty() : Optional.of(at);
        }
        if (a instanceof YMapping x && b instanceof YMapping y) {
            if (x.entries().size() != y.entries().size() || !Objects.equals(x.tag(), y.tag())) {
                return Optional.of(at);
            }
            for (int i = 0; i < x.entries().size(); i++) {
                YEntry ex = x.entries().get(i);
                YEntry ey = y.entries().get(i);
                if (!ex.name().equals(ey.name())) {
                    return Optional.of(at.key(ex.name()));
                }
                Optional<YamlPath> d = firstDifference(ex.value(), ey.value(), at.key(ex.name()));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (a instanceof YSequence x && b instanceof YSequence y) {
            if (x.size() != y.size() || !Objects.equals(x.tag(), y.tag())) {
                return Optional.of(at);
            }
            for (int i = 0; i < x.size(); i++) {
                Optional<YamlPath> d = firstDifference(x.get(i), y.get(i), at.index(i));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        return Optional.of(at);
    }
}
