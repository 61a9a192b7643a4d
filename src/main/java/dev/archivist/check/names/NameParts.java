package dev.archivist.check.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spelling taken apart: the name without a role or pronoun suffix ({@code "(she/her)"},
 * {@code "| Data Scientist"}) or an honorific ({@code "Dr"}), and its folded tokens, where an
 * initial such as the {@code L} of {@code "Denis L."} is a one-letter token.
 *
 * @param base the name without suffix or honorific, trimmed
 * @param suffix what was removed at the end (without brackets), or empty
 * @param key the fingerprint of the base
 * @param fullKey the fingerprint of the whole spelling
 * @param grams the 2-gram fingerprint of the base
 * @param squashed the base's folded letters and digits
 */
public record NameParts(String spelling, String base, String suffix, List<String> tokens, String key, String fullKey,
        String grams, String squashed) {
    private static final Pattern BRACKETED = Pattern.compile("\\s*[(\\[]([^)\\]]*)[)\\]]\\s*$");
    private static final Pattern PRONOUNS = Pattern.compile(
            "(?i)\\s*[-|,·]?\\s*\\b(she|he|they|ze|xe)\\s*/\\s*(her|hers|him|his|them|theirs|they|she|he)\\b\\s*$");
    private static final Pattern ROLE = Pattern.compile("\\s+[|–—-]\\s+(.*)$");
    private static final Pattern HONORIFIC = Pattern.compile("(?i)^(dr|prof|mr|mrs|ms|mx)\\.?\\s+");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s\\u00A0.]+");
    private static final Pattern INNER_PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\p{Cc}\\p{Cf}]+");

    /** Taking a name apart runs five patterns; a site has a few hundred spellings, met again and again. */
    private static final Map<String, NameParts> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    public static NameParts of(String spelling) {
        NameParts cached = CACHE.get(spelling);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        NameParts parts = parse(spelling);
        CACHE.put(spelling, parts);
        return parts;
    }

    private static NameParts parse(String spelling) {
        String base = spelling.strip();
        StringBuilder suffix = new StringBuilder();
        for (Pattern p : List.of(BRACKETED, PRONOUNS, ROLE)) {
            Matcher m = p.matcher(base);
            if (m.find() && m.start() > 0) {
                suffix.insert(0, base.substring(m.start()).strip());
                base = base.substring(0, m.start()).strip();
            }
        }
        Matcher h = HONORIFIC.matcher(base);
        if (h.find() && h.end() < base.length()) {
            base = base.substring(h.end()).strip();
        }
        String cleanSuffix = suffix.toString().replaceAll("^[-|–—,·\\s(\\[]+|[)\\]\\s]+$", "");
        return new NameParts(spelling, base, cleanSuffix, tokens(base), NameKey.fingerprint(base),
                NameKey.fingerprint(spelling), NameKey.ngramFingerprint(base, 2), NameKey.squash(base));
    }

    private static List<String> tokens(String base) {
        List<String> out = new ArrayList<>();
        for (String t : TOKEN_SPLIT.split(NameKey.fold(base))) {
            String clean = INNER_PUNCTUATION.matcher(t).replaceAll("");
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }

    public boolean single() {
        return tokens.size() == 1;
    }

    public String first() {
        return tokens.isEmpty() ? "" : tokens.get(0);
    }

    /** The tokens after the first: the family name(s). */
    public List<String> rest() {
        return tokens.size() <= 1 ? List.of() : tokens.subList(1, tokens.size());
    }

    /** True when a token is a lone letter: {@code "Denis L."}, {@code "A McCauley"}. */
    public boolean hasInitial() {
        return tokens.stream().anyMatch(t -> t.length() == 1);
    }

    /** A full name: two tokens or more, none an initial. */
    public boolean full() {
        return tokens.size() >= 2 && !hasInitial();
    }

    public boolean hasSuffix() {
        return !suffix.isEmpty() || !base.equals(spelling.strip());
    }
}
