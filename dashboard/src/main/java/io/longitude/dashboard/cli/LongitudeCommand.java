package io.longitude.dashboard.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "longitude", mixinStandardHelpOptions = true, version = "Longitude 0.1.0",
        description = "Long-term impact and collaboration metrics for entrepreneurship programmes.",
        subcommands = {DemoCommand.class, GenerateCommand.class, IngestCommand.class, MappingCommand.class, WatchCommand.class, AnalyzeCommand.class, EraseCommand.class,
            QuarantineCommand.class, ServeCommand.class, UsersCommand.class, ValidateCommand.class})
public final class LongitudeCommand implements Runnable {
    private static final List<String> SERVING = List.of("serve", "demo");

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new LongitudeCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            line.getErr().println("longitude " + line.getCommandName() + ": " + exception.getMessage());
            return 2;
        });
        return commandLine;
    }

    /** True when the command leaves a server running, so main must not exit. */
    public static boolean keepsRunning(String[] args) {
        return args.length > 0 && SERVING.contains(args[0]) && !List.of(args).contains("--no-serve")
                && !List.of(args).contains("--help") && !List.of(args).contains("-h");
    }
}
