package io.longitude.dashboard.cli;

import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.ExportFormat;
import io.longitude.ingest.generate.GeneratorConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Writes a demo programme: rosters, one follow-up export per wave, and truth.json.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "Folder to write into.")
    Path out;

    @Option(
            names = "--participants",
            defaultValue = "0",
            description = "Candidates over all editions (default: 25 to 40 per edition).")
    int participants;

    @Option(names = "--editions", defaultValue = "3", description = "Number of editions (default: ${DEFAULT-VALUE}).")
    int editions;

    @Option(
            names = "--format",
            defaultValue = "canonical",
            description =
                    "Shape of the follow-up exports: canonical, kobo, odk, limesurvey, qualtrics, redcap, google, surveymonkey, "
                            + "or mixed (each wave from another tool) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Random seed; the same seed writes the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        ArgumentChecks.of(spec)
                .atLeast("--participants", participants, 0)
                .atLeast("--editions", editions, 1)
                .verify();
        GeneratorConfig config = new GeneratorConfig(
                out, participants, editions, seed, GeneratorConfig.DEFAULT_AS_OF, ExportFormat.forWaves(format));
        spec.commandLine().getOut().println(DemoProgrammeGenerator.generate(config));
        return 0;
    }
}
