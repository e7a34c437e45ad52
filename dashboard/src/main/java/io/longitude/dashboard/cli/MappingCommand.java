package io.longitude.dashboard.cli;

import io.longitude.ingest.Ingest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "mapping",
        mixinStandardHelpOptions = true,
        description = "Works with mapping files.",
        subcommands = MappingCommand.Suggest.class)
final class MappingCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "suggest",
            mixinStandardHelpOptions = true,
            description =
                    "Recognises the survey tool of an export and drafts its mapping, with placeholders where it cannot decide.")
    static final class Suggest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", description = "Write the draft here instead of printing it.")
        Path out;

        @Parameters(
                index = "0",
                paramLabel = "EXPORT",
                description = "An export of the survey tool (CSV, TSV or XLSX).")
        Path export;

        @Override
        public Integer call() throws IOException {
            ArgumentChecks.of(spec).textFile("EXPORT", export).verify();
            String draft = Ingest.suggestMapping(export);
            if (out == null) {
                // print() does not flush, and main ends in System.exit: the draft was lost (issue 15).
                spec.commandLine().getOut().print(draft);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(out, draft, StandardCharsets.UTF_8);
                spec.commandLine().getOut().println("Wrote a draft mapping to " + out);
            }
            return 0;
        }
    }
}
