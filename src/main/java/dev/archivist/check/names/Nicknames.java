package dev.archivist.check.names;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A small table of English given names and their usual short forms (Mike/Michael, Doug/Douglas,
 * Joe/Joseph...), folded. Enough for the names people choose on Slack; not a name database.
 */
public final class Nicknames {
    private static final Map<String, Set<String>> FORMALS = new HashMap<>();

    static {
        add("michael", "mike", "mick", "mikey", "micha");
        add("douglas", "doug");
        add("joseph", "joe", "joey", "jos");
        add("robert", "rob", "bob", "bobby", "robbie", "bert");
        add("william", "will", "bill", "billy", "liam");
        add("james", "jim", "jimmy", "jamie");
        add("thomas", "tom", "tommy");
        add("david", "dave", "davey");
        add("daniel", "dan", "danny");
        add("christopher", "chris", "kit");
        add("christian", "chris");
        add("christine", "chris", "tina");
        add("matthew", "matt");
        add("nicholas", "nick", "nicky");
        add("alexander", "alex", "sasha", "sacha", "xander");
        add("alexandra", "alex", "sasha", "lexi");
        add("alexey", "alex", "alexei", "lyosha");
        add("andrew", "andy", "drew");
        add("anthony", "tony");
        add("antonio", "tony", "toni");
        add("benjamin", "ben", "benny");
        add("samuel", "sam", "sammy");
        add("samantha", "sam");
        add("steven", "steve");
        add("stephen", "steve");
        add("jonathan", "jon", "jonny", "johnny");
        add("john", "jack", "johnny");
        add("katherine", "kate", "katie", "kathy", "kat");
        add("catherine", "cathy", "cat", "kate", "katie");
        add("elizabeth", "liz", "beth", "lizzie", "betty", "eliza");
        add("jennifer", "jen", "jenny");
        add("jessica", "jess", "jessie");
        add("susan", "sue", "susie");
        add("patrick", "pat");
        add("patricia", "pat", "patty", "trish");
        add("edward", "ed", "ted", "eddie", "ned");
        add("frederick", "fred", "freddie");
        add("gregory", "greg");
        add("jeffrey", "jeff");
        add("joshua", "josh");
        add("kenneth", "ken", "kenny");
        add("lawrence", "larry");
        add("nathan", "nate");
        add("nathaniel", "nate", "nat");
        add("peter", "pete");
        add("philip", "phil");
        add("phillip", "phil");
        add("raymond", "ray");
        add("richard", "rick", "rich", "ricky", "dick");
        add("ronald", "ron", "ronnie");
        add("russell", "russ");
        add("timothy", "tim", "timmy");
        add("vincent", "vince", "vinny");
        add("zachary", "zach", "zack");
        add("margaret", "maggie", "meg", "peggy");
        add("rebecca", "becky", "becca");
        add("victoria", "vicky", "tori");
        add("abigail", "abby");
        add("deborah", "deb", "debbie");
        add("gabriel", "gabe");
        add("benedict", "ben");
        add("leonard", "leo", "len");
        add("mikhail", "misha");
        add("dmitry", "dima");
        add("dmitri", "dima");
        add("vladimir", "vlad", "volodya");
        add("konstantin", "kostya");
        add("ekaterina", "katya");
        add("francisco", "paco", "pancho");
        add("jose", "pepe");
        add("manuel", "manolo");
        add("guillermo", "memo");
        add("krzysztof", "krzys");
    }

    private Nicknames() {
    }

    private static void add(String formal, String... shorts) {
        for (String s : shorts) {
            FORMALS.computeIfAbsent(s, k -> new java.util.TreeSet<>()).add(formal);
        }
    }

    /** True when two folded given names can be one person's: equal, or one a short form of the other or both of one name. */
    public static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> fa = FORMALS.getOrDefault(a, Set.of());
        Set<String> fb = FORMALS.getOrDefault(b, Set.of());
        return fa.contains(b) || fb.contains(a) || fa.stream().anyMatch(fb::contains);
    }

    /** The formal names a folded short form stands for (empty for a name that is not a short form). */
    public static Set<String> formals(String shortName) {
        return FORMALS.getOrDefault(shortName, Set.of());
    }
}
