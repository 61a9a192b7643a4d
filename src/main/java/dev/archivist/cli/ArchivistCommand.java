package dev.archivist.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code archivist} command and its subcommands. */
@Command(name = "archivist", mixinStandardHelpOptions = true, version = "Archivist 0.1.0",
        description = "Check, fix and format event archives: Markdown pages with YAML front matter.%n"
                + "Without a command, opens the editor (with FILE, if given).")
public final class ArchivistCommand implements Runnable {
    /** Exit status: nothing found. */
    public static final int OK = 0;
    /** Exit status: problems found (check) or files that would change (format --check). */
    public static final int FOUND = 1;
    /** Exit status: a path could not be read or parsed, or a command was used wrongly. */
    public static final int ERROR = 2;

    /** The first words that select the command line instead of the editor. */
    public static final List<String> COMMANDS = List.of("check", "fix", "format", "get", "set", "edit", "rename", "preview", "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The subcommands by name, in the order help lists them; in a class of their own, so that the
     * launcher, which only asks {@link #COMMANDS}, does not make their constructors' lambdas.
     */
    private static final class Subcommands {
        static final Map<String, Supplier<Object>> BY_NAME = subcommands();

        private static Map<String, Supplier<Object>> subcommands() {
            Map<String, Supplier<Object>> m = new LinkedHashMap<>();
            m.put("check", CheckCommand::new);
            m.put("fix", FixCommand::new);
            m.put("format", FormatCommand::new);
            m.put("get", GetCommand::new);
            m.put("set", SetCommand::new);
            m.put("edit", EditCommand::new);
            m.put("rename", RenameCommand::new);
            m.put("preview", PreviewCommand::new);
            return m;
        }
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** Runs the command line with its output and errors sent to the writers (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /**
     * The command line for these arguments. Picocli reads every registered command's annotations
     * up front (a tenth of a second, cold), so a run of one command registers only that one;
     * anything else (help, a mistyped command) gets all of them.
     */
    private static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new ArchivistCommand());
        Supplier<Object> only = args.length > 0 ? Subcommands.BY_NAME.get(args[0]) : null;
        if (only != null) {
            cl.addSubcommand(only.get());
        } else {
            Subcommands.BY_NAME.values().forEach(s -> cl.addSubcommand(s.get()));
        }
        cl.setExitCodeExceptionMapper(e -> ERROR);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("archivist: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ERROR;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("archivist: " + ex.getMessage());
            return ERROR;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
