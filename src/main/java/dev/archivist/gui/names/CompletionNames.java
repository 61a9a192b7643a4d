package dev.archivist.gui.names;

import dev.archivist.gui.threads.MessageSearch;
import dev.archivist.model.YMapping;
import dev.archivist.site.Person;
import dev.archivist.site.Site;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name known around a page (the site's people and the names posted in its pages), for
 * completion: a person's canonical name comes before the spellings seen in messages. Immutable,
 * so the completion popup may read it from its own thread.
 */
public final class CompletionNames {
    public static final CompletionNames EMPTY = new CompletionNames(List.of(), Map.of());
    private final List<String> canonical;
    private final Map<String, Integer> counts;

    private CompletionNames(List<String> canonical, Map<String, Integer> counts) {
        this.canonical = canonical;
        this.counts = counts;
    }

    /** The names of the site's people and of the messages of the given trees. */
    public static CompletionNames of(Site site, Collection<YMapping> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (YMapping page : pages) {
            dev.archivist.site.NameIndex.names(page).forEach((name, n) -> counts.merge(name, n, Integer::sum));
        }
        return of(site, counts);
    }

    /** The names of the site's people, and names with how often each is used. */
    static CompletionNames of(Site site, Map<String, Integer> counts) {
        Set<String> people = new LinkedHashSet<>();
        if (site != null) {
            for (Person p : site.people().values()) {
                people.add(p.title());
            }
        }
        return new CompletionNames(List.copyOf(people), Map.copyOf(counts));
    }

    /** Names holding the typed text (ignoring case and accents): people's names first, then by use. */
    public List<String> suggest(String typed) {
        String q = MessageSearch.fold(typed.strip());
        List<String> out = new ArrayList<>();
        for (String c : canonical) {
            if (MessageSearch.fold(c).contains(q)) {
                out.add(c);
            }
        }
        counts.entrySet().stream()
                .filter(e -> !out.contains(e.getKey()) && MessageSearch.fold(e.getKey()).contains(q))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(30)
                .forEach(e -> out.add(e.getKey()));
        return out;
    }

    /** The site's people's names. */
    public List<String> canonical() {
        return canonical;
    }

    /** How often each name is used in the indexed pages. */
    public Map<String, Integer> counts() {
        return counts;
    }
}
