package io.longitude.dashboard.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code ./longitude bench} is run by the launcher, which builds the benchmarks' own jar (Maven profile {@code bench})
 * on first use; this command only lists it in the help, and says so when the application jar is run directly.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the benchmarks: speed of ingest, analysis and queries against DuckDB, or the dashboard under load (bench load).",
            "Run through the launcher, which builds them on first use: ./longitude bench --help lists their options."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> arguments;

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("longitude bench: the benchmarks are a jar of their own; run them through the launcher: "
                        + "./longitude bench" + (arguments == null ? "" : " " + String.join(" ", arguments)));
        return ExitCodes.USAGE;
    }
}
