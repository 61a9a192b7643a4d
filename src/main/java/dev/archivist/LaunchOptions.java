package dev.archivist;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options this process was started with, for the batch child to start with the same ones
 * ({@link BatchLauncher}). Read from the process's own command line where that is plain
 * ({@code java [-options] -jar FILE ...} or {@code java [-options] [-cp PATH] MAIN ...}): asking
 * the management API instead loads it, which cost the launching JVM 20 to 25 ms on every large
 * run. Any other shape (argument files, long options, {@code JDK_JAVA_OPTIONS}) asks the API.
 */
final class LaunchOptions {
    private static final Path OWN_COMMAND_LINE = Path.of("/proc/self/cmdline");

    private LaunchOptions() {
    }

    /** The JVM options of this process, as {@code RuntimeMXBean.getInputArguments} gives them. */
    static List<String> ofThisProcess() {
        String env = System.getenv("JDK_JAVA_OPTIONS");
        if (env == null || env.isBlank()) {
            try {
                List<String> fromCommandLine = fromCommandLine(split(Files.readAllBytes(OWN_COMMAND_LINE)));
                if (fromCommandLine != null) {
                    return fromCommandLine;
                }
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                // not Linux, or not readable: the management API knows
            }
        }
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** The NUL-separated arguments of a {@code /proc/PID/cmdline} file. */
    static List<String> split(byte[] cmdline) {
        List<String> args = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                args.add(new String(cmdline, from, i - from, StandardCharsets.UTF_8));
                from = i + 1;
            }
        }
        if (from < cmdline.length) {
            args.add(new String(cmdline, from, cmdline.length - from, StandardCharsets.UTF_8));
        }
        return args;
    }

    /**
     * The JVM options of a launcher command line (the program first), or null when its shape is
     * not one this reads exactly: then the caller asks the management API.
     */
    static List<String> fromCommandLine(List<String> args) {
        if (args.isEmpty()) {
            return null;
        }
        List<String> options = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-jar")) {
                return options;
            }
            if (a.equals("-cp") || a.equals("-classpath")) {
                i++; // the class path is the child's own argument, not an input argument
                continue;
            }
            if (!a.startsWith("-")) {
                return a.startsWith("@") ? null : options; // an argument file, or the main class
            }
            if (a.startsWith("--") || a.equals("-p") || a.equals("-m") || a.equals("-d") || a.equals("-showversion")
                    || a.startsWith("-splash:")) {
                return null; // options with a separate value, modules, the launcher's own: not read here
            }
            options.add(a);
        }
        return null;
    }
}
