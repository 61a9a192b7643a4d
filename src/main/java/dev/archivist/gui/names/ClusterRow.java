package dev.archivist.gui.names;

import java.util.List;

/**
 * Spellings the checks take for one person, as the Names view shows them.
 *
 * @param suggested the name the checks suggest keeping
 * @param spellings every spelling used on the page, the suggested one first when it is used
 * @param uses how many messages are posted under each spelling, in the order of {@code spellings}
 * @param problems how many problems the cluster accounts for
 */
public record ClusterRow(String suggested, List<String> spellings, List<Integer> uses, int problems) {

    public int totalUses() {
        return uses.stream().mapToInt(Integer::intValue).sum();
    }
}
