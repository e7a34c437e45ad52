package io.longitude.dashboard.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "longitude",
        mixinStandardHelpOptions = true,
        version = "Longitude 0.1.0",
        description = "Long-term impact and collaboration metrics for entrepreneurship programmes.",
        subcommands = {
            DemoCommand.class,
            GenerateCommand.class,
            IngestCommand.class,
            MappingCommand.class,
            WatchCommand.class,
            AnalyzeCommand.class,
            EraseCommand.class,
            QuarantineCommand.class,
            ServeCommand.class,
            UsersCommand.class,
            ValidateCommand.class,
            BenchCommand.class,
            CompletionCommand.class
        })
public final class LongitudeCommand implements Runnable {
    private static final List<String> SERVING = List.of("serve", "demo");

    /**
     * One example per command, shown in its own --help and, all together, in longitude --help (each at most 65
     * characters, so that no line of the help wraps).
     */
    static final Map<String, String> EXAMPLES = examples();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Map<String, String> examples() {
        Map<String, String> examples = new LinkedHashMap<>();
        examples.put("demo", "./longitude demo --port 8080");
        examples.put("generate", "./longitude generate --out /tmp/programme --participants 200");
        examples.put("ingest", "./longitude ingest editions.csv participants.csv followup-W0.csv");
        examples.put("mapping", "./longitude mapping suggest export.xlsx --out my-form.yaml");
        examples.put("watch", "./longitude watch data/inbox --once");
        examples.put("analyze", "./longitude analyze --as-of 2026-06-30");
        examples.put("erase", "./longitude erase --source-id P01-0007 --programme my-programme");
        examples.put("quarantine", "./longitude quarantine list --pending");
        examples.put("serve", "./longitude serve --port 8081 --lake s3a://bucket/lake");
        examples.put("users", "./longitude users add lena --role FUNDER --programme my-programme");
        examples.put("validate", "./longitude validate --programmes 50 --participants 100");
        examples.put("bench", "./longitude bench --sizes 1k,10k");
        examples.put("completion", "source <(./longitude completion)");
        return examples;
    }

    /**
     * The command line with its error handling: every mistake is one line per problem, "longitude COMMAND: ...", on
     * standard error, and an exit code of {@link ExitCodes}: {@value ExitCodes#USAGE} for the command line (picocli's
     * parse errors and the up-front {@link ArgumentChecks}), {@value ExitCodes#USAGE} for an argument refused while
     * running (an IllegalArgumentException), {@value ExitCodes#FAILED} for any other failure.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new LongitudeCommand());
        commandLine.setExitCodeExceptionMapper(
                exception -> exception instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.FAILED);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + oneLine(exception));
            line.getErr().flush();
            return line.getExitCodeExceptionMapper().getExitCode(exception);
        });
        commandLine.setParameterExceptionHandler(LongitudeCommand::refuse);
        describe(commandLine);
        return commandLine;
    }

    /** Each problem on its own line, naming the command; picocli's own parse errors with a pointer to --help. */
    private static int refuse(CommandLine.ParameterException exception, String[] args) {
        CommandLine line = exception.getCommandLine();
        PrintWriter err = line.getErr();
        String command = line.getCommandSpec().qualifiedName();
        String hint = exception instanceof ArgumentChecks.RefusedArguments ? "" : "; see " + command + " --help";
        String suggestions = "";
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            suggestions = " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        for (String problem : String.valueOf(exception.getMessage()).split("\n")) {
            err.println(command + ": " + problem + suggestions + hint);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String oneLine(Exception exception) {
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Exit codes in every command's help; examples in each command's help and all of them in the top one. */
    private static void describe(CommandLine commandLine) {
        StringBuilder all = new StringBuilder();
        EXAMPLES.forEach((name, example) -> all.append(String.format("  %-11s %s%n", name, example)));
        CommandSpec top = commandLine.getCommandSpec();
        top.usageMessage()
                .footerHeading("%nExamples (each command's --help has its options):%n")
                .footer(all.toString().replace("%", "%%"));
        exitCodes(commandLine);
        commandLine.getSubcommands().forEach((name, sub) -> {
            String example = EXAMPLES.get(name);
            if (example != null) {
                sub.getCommandSpec()
                        .usageMessage()
                        .footerHeading("%nExample:%n")
                        .footer("  " + example.replace("%", "%%"));
            }
        });
    }

    private static void exitCodes(CommandLine commandLine) {
        commandLine
                .getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.described());
        commandLine.getSubcommands().values().forEach(LongitudeCommand::exitCodes);
    }

    /** True when the command leaves a server running, so main must not exit. */
    public static boolean keepsRunning(String[] args) {
        return args.length > 0
                && SERVING.contains(args[0])
                && !List.of(args).contains("--no-serve")
                && !List.of(args).contains("--help")
                && !List.of(args).contains("-h");
    }
}
