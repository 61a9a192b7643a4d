package dev.archivist.gui.metadata;

import dev.archivist.site.Person;
import dev.archivist.site.Site;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what a person typed in the authors field into the id to store. */
final class AuthorInput {
    private static final Pattern FROM_COMPLETION = Pattern.compile(".*\\(([^()]+)\\)\\s*");

    private AuthorInput() {
    }

    /**
     * The id: from "Name (id)" as the completion writes it, a known id, or a person's exact
     * name; otherwise the text as typed (which the checks then report).
     */
    static String resolve(String typed, Site site) {
        String t = typed == null ? "" : typed.strip();
        if (site == null || t.isEmpty()) {
            return t;
        }
        Matcher m = FROM_COMPLETION.matcher(t);
        if (m.matches() && site.person(m.group(1).strip()).isPresent()) {
            return m.group(1).strip();
        }
        if (site.person(t).isPresent()) {
            return t;
        }
        for (Person p : site.people().values()) {
            if (p.title().equalsIgnoreCase(t)) {
                return p.id();
            }
        }
        return t;
    }
}
