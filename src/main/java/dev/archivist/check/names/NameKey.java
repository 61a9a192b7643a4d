package dev.archivist.check.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Keys under which spellings of one name meet: OpenRefine's fingerprint and n-gram fingerprint,
 * and the folding they share (lower case, no accents, ß→ss æ→ae ø→oe ł→l and the like).
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\p{Cc}\\p{Cf}]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private NameKey() {
    }

    /** Lower case without accents, with the letters that do not decompose spelled out. */
    public static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ß' -> sb.append("ss");
                case 'æ' -> sb.append("ae");
                case 'ø', 'œ' -> sb.append("oe");
                case 'ł' -> sb.append('l');
                case 'đ', 'ð' -> sb.append('d');
                case 'ı' -> sb.append('i');
                case 'þ' -> sb.append("th");
                default -> sb.append(c);
            }
        }
        return MARKS.matcher(Normalizer.normalize(sb, Normalizer.Form.NFKD)).replaceAll("");
    }

    /**
     * OpenRefine's fingerprint: trimmed, folded, punctuation removed, tokens sorted and
     * de-duplicated. {@code "Serg Masís"}, {@code "masis, serg"} and {@code "SERG MASIS"} share one.
     */
    public static String fingerprint(String s) {
        String clean = PUNCTUATION.matcher(fold(s.strip())).replaceAll("");
        TreeSet<String> tokens = new TreeSet<>();
        for (String t : SPACES.split(clean)) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return String.join(" ", tokens);
    }

    /**
     * OpenRefine's n-gram fingerprint: the sorted, de-duplicated n-grams of the folded letters
     * with spaces and punctuation removed, so {@code "Asgari-Chenaghlu"} meets {@code "Asgari Chenaghlu"}.
     */
    public static String ngramFingerprint(String s, int n) {
        String letters = squash(s);
        TreeSet<String> grams = new TreeSet<>();
        for (int i = 0; i + n <= letters.length(); i++) {
            grams.add(letters.substring(i, i + n));
        }
        return String.join("", grams);
    }

    /** Folded letters and digits only: {@code "Meor Amer"} → {@code "meoramer"}, the shape of a site id. */
    public static String squash(String s) {
        return SPACES.matcher(PUNCTUATION.matcher(fold(s)).replaceAll("")).replaceAll("");
    }
}
