package dev.archivist.io.save;

/** Nothing was written: the new text would not read back as intended, or the file cannot be replaced. */
public final class WriteRefused extends Exception {
    public WriteRefused(String message) {
        super(message);
    }

    public WriteRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
