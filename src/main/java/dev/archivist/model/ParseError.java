package dev.archivist.model;

/** Why a file could not be read as an archive, with a 1-based line and column (0 when unknown). */
public record ParseError(String message, int line, int column) {
    @Override
    public String toString() {
        return line > 0 ? message + " (line " + line + ", column " + column + ")" : message;
    }
}
