package dev.archivist.edit;

/** An edit that cannot be made (no such place, a key already there...), with a reason a person understands. */
public final class InvalidEdit extends RuntimeException {
    public InvalidEdit(String message) {
        super(message);
    }
}
