package dev.archivist.check.links;

import java.time.Instant;

/**
 * What the online check learned of one URL, as reported and as kept in the cache.
 *
 * @param url the URL as the page's link goes to it
 * @param status what it means for the page
 * @param code the last HTTP status, or -1 when none came
 * @param moved where a permanent redirect leads ({@link Status#REDIRECTED}), else null
 * @param archived an archived copy that answers, for a broken link that has one, else null
 * @param reason why a link is broken or was not checked, else null
 * @param checkedAt when its server was asked
 * @param cached true when the answer came from the cache, not from the server in this run
 */
public record LinkResult(String url, Status status, int code, String moved, String archived, String reason,
                         Instant checkedAt, boolean cached) {

    /** The statuses a URL ends with, as the reports count them. */
    public enum Status {
        /** The server answered with an accepted status (after temporary redirects, if any). */
        OK("ok"),
        /** A permanent redirect (301, 308) to a page that answers. */
        REDIRECTED("redirected"),
        /** An error status, no answer within the timeouts, a DNS or TLS failure, a redirect loop. */
        BROKEN("broken"),
        /** Excluded by a pattern, or on a host that refuses robots: nobody was asked. */
        NOT_CHECKED("not-checked");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        /** The name the reports use: ok, redirected, broken, not-checked. */
        public String id() {
            return id;
        }
    }

    static LinkResult notChecked(String url, String reason, Instant at) {
        return new LinkResult(url, Status.NOT_CHECKED, -1, null, null, reason, at, false);
    }

    static LinkResult broken(String url, int code, String reason, Instant at) {
        return new LinkResult(url, Status.BROKEN, code, null, null, reason, at, false);
    }

    /** The same answer, marked as read from the cache. */
    LinkResult fromCache() {
        return new LinkResult(url, status, code, moved, archived, reason, checkedAt, true);
    }

    /** The same broken link with an archived copy that answers. */
    LinkResult withArchived(String snapshot) {
        return new LinkResult(url, status, code, moved, snapshot, reason, checkedAt, cached);
    }
}
