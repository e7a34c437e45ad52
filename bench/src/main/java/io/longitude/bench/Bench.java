package io.longitude.bench;

import io.longitude.bench.load.LoadCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./longitude bench}: Longitude's speed, scale and load benchmarks. Not part of the test run; the figures go to
 * {@code bench/results/}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Speed, scale and load benchmarks; results go to bench/results/.",
        subcommands = {LoadCommand.class})
public final class Bench implements Callable<Integer> {
    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }
}
