package dev.archivist;

import dev.archivist.cli.ArchivistCommand;
import java.util.Set;

/**
 * Starts the command line or the editor. It decides before any JavaFX class is loaded, so the
 * command line runs on machines without a display; the command line runs in this JVM, never in
 * another process.
 */
public final class Main {
    private static final String EDITOR_CLASS = "dev.archivist.gui.ArchivistApp";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (ArchivistCommand.COMMANDS.contains(args[0]) || Set.of("-h", "--help", "-V", "--version").contains(args[0]))) {
            System.exit(ArchivistCommand.run(args));
        }
        startEditor(args);
    }

    private static void startEditor(String[] args) {
        try {
            Class.forName(EDITOR_CLASS).getMethod("start", String[].class).invoke(null, (Object) args);
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("archivist: the editor could not start (" + e + ").");
            System.err.println("The command line works without it: java -jar archivist.jar --help");
            System.exit(2);
        }
    }
}
