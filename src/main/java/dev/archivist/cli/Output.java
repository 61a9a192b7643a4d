package dev.archivist.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** A buffered writer over a command's output: picocli's flushes on every line, which costs seconds on big reports. */
final class Output {

    private Output() {
    }

    /** The command's output, buffered; the caller flushes it when done. */
    static PrintWriter of(CommandSpec spec) {
        return new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
    }
}
