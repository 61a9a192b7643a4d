package dev.archivist.cli;

import dev.archivist.Main;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An Archivist process for {@link ConcurrentFixTest}: makes a dry run of its {@code fix} command
 * (so its classes are loaded and its timing no longer hangs on a loaded machine's JVM start),
 * says "ready", waits for a line on its input, then runs the command through {@link Main}, the
 * application's own entry, which exits with the command's code.
 */
public final class FixWhenTold {
    private FixWhenTold() {
    }

    public static void main(String[] args) throws Exception {
        List<String> dryRun = new ArrayList<>(List.of(args));
        dryRun.add(1, "--dry-run");
        StringWriter ignored = new StringWriter();
        ArchivistCommand.run(new PrintWriter(ignored), new PrintWriter(ignored), dryRun.toArray(String[]::new));
        System.out.println("ready");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        Main.main(args);
    }
}
