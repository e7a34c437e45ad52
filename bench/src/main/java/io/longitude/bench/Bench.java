package io.longitude.bench;

import io.longitude.bench.load.LoadCommand;
import io.longitude.bench.speed.Speed;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./longitude bench}: Longitude's speed, scale and load benchmarks. Not part of the test run; the figures go to
 * {@code bench/results/}. Without a subcommand it runs {@code speed}.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Speed, scale and load benchmarks; results go to bench/results/. Without a subcommand: speed.",
        subcommands = {Speed.class, LoadCommand.class})
public final class Bench implements Callable<Integer> {
    static final String DEFAULT_SUBCOMMAND = "speed";
    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    public static void main(String[] args) {
        CommandLine command = new CommandLine(new Bench());
        System.exit(command.execute(
                withDefaultSubcommand(args, command.getSubcommands().keySet())));
    }

    /** The arguments, with {@code speed} in front unless they start with a subcommand or bench's own help option. */
    static String[] withDefaultSubcommand(String[] args, Set<String> subcommands) {
        if (args.length > 0 && (subcommands.contains(args[0]) || OWN_OPTIONS.contains(args[0]))) {
            return args;
        }
        return Stream.concat(Stream.of(DEFAULT_SUBCOMMAND), List.of(args).stream())
                .toArray(String[]::new);
    }
}
