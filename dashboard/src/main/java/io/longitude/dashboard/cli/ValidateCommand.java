package io.longitude.dashboard.cli;

import io.longitude.dashboard.system.LocalSpark;
import io.longitude.dashboard.validation.Validation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Simulation study: how right the published estimators and intervals are, by programme size.",
            "Generates many programmes with known parameters, ingests and analyses them in one Spark session,",
            "and reports for every published estimator with a true value its bias, RMSE, interval coverage and width, by size."
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--programmes",
            defaultValue = "200",
            description = "Programmes per size (default: ${DEFAULT-VALUE}).")
    int programmes;

    @Option(
            names = "--participants",
            defaultValue = "100,1000",
            split = ",",
            description = "Candidates per programme, one study per size (default: ${DEFAULT-VALUE}).")
    List<Integer> participants;

    @Option(
            names = "--editions",
            defaultValue = "3",
            description = "Editions per programme (default: ${DEFAULT-VALUE}).")
    int editions;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of the first programme; programme i has seed + i (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            defaultValue = "docs/validation",
            description = "Folder of the report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    StorageOptions.Master master;

    @Override
    public Integer call() {
        ArgumentChecks checks = ArgumentChecks.of(spec)
                .master("--master", master.url)
                .atLeast("--programmes", programmes, 1)
                .atLeast("--editions", editions, 1);
        participants.forEach(size -> checks.atLeast("--participants", size, 1));
        checks.verify();
        String command = "./longitude validate --programmes " + programmes + " --participants "
                + String.join(",", participants.stream().map(String::valueOf).toList()) + " --editions " + editions
                + " --seed " + seed;
        new Validation(programmes, participants, editions, seed, out, command)
                .run(LocalSpark.session(master.url), spec.commandLine().getOut());
        return 0;
    }
}
