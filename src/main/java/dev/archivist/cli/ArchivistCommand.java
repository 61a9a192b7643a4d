package dev.archivist.cli;

import dev.archivist.About;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code archivist} command and its subcommands. */
@Command(name = "archivist", mixinStandardHelpOptions = true, versionProvider = ArchivistCommand.Version.class,
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
    public static final List<String> COMMANDS = List.of("check", "fix", "format", "get", "set", "edit", "rename", "replace", "preview", "explain", "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit status. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line with its output and errors sent to the writers (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    private static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ArchivistCommand());
        for (Object command : List.of(new CheckCommand(), new FixCommand(), new FormatCommand(), new GetCommand(),
                new SetCommand(), new EditCommand(), new RenameCommand(), new ReplaceCommand(), new PreviewCommand(), new ExplainCommand())) {
            cl.addSubcommand(command);
        }
        // every command answers --help and --version, and "help COMMAND" prints a command's usage
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true)
                .versionProvider(new Version()));
        cl.addSubcommand("help", new CommandLine.HelpCommand());
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

    /** {@code --version}: the version the build wrote. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Archivist " + About.version()};
        }
    }
}
