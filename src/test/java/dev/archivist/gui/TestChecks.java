package dev.archivist.gui;

import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.check.ContentCheck;
import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Scalars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Small stand-ins for the check families other helpers build, so the editor's flows (fix all,
 * the Names view) are tested on known problems: {@code &amp;} in texts and a few name variants
 * of the sample.
 */
public final class TestChecks {
    /** The sample's spellings of María Núñez and Tomasz Kowalski. */
    public static final Map<String, String> VARIANTS = Map.of(
            "Maria Nunez", "María Núñez", "maría núñez", "María Núñez", "María Núñez (she/her)", "María Núñez",
            "Tomasz", "Tomasz Kowalski");

    private TestChecks() {
    }

    public static List<Check> all() {
        return List.of(new ContentCheck(), entities(), names());
    }

    /** {@code encoding.html-entity} for every text holding {@code &amp;}; the safe fix writes {@code &}. */
    public static Check entities() {
        return context -> {
            List<Problem> out = new ArrayList<>();
            Scalars.forEachString(context.root(), (path, s) -> {
                if (s.value().contains("&amp;")) {
                    Fix fix = Fix.safe("&amp;", "&", new Edit.TextEdit(path, v -> v.replace("&amp;", "&")));
                    out.add(new Problem(Kind.HTML_ENTITY, path, context.line(path), context.column(path),
                            "&amp; where & is meant", fix));
                }
            });
            return out;
        };
    }

    /** {@code names.variant} for each message posted under a known variant. */
    public static Check names() {
        return (CheckContext context) -> {
            List<Problem> out = new ArrayList<>();
            Scalars.forEachString(context.root(), (path, s) -> {
                String canonical = VARIANTS.get(s.value());
                if ("name".equals(path.last()) && canonical != null) {
                    String from = s.value();
                    Fix fix = Fix.suggestion(from, canonical, new Edit.TextEdit(path, v -> v.equals(from) ? canonical : v));
                    out.add(new Problem(Kind.NAME_VARIANT, path, context.line(path), context.column(path),
                            "'" + from + "' looks like " + canonical, fix));
                }
            });
            return out;
        };
    }
}
