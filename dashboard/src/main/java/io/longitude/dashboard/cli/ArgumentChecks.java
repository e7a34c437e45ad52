package io.longitude.dashboard.cli;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.TableDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The checks a command makes of its arguments before it starts a Spark session or a web server: files, lake URIs,
 * ports and the Spark master. Each problem is one line naming the argument and its value; {@link #verify} throws them
 * all at once as picocli's {@link CommandLine.ParameterException}, which ends the command with exit code
 * {@value ExitCodes#USAGE} (see {@link LongitudeCommand#commandLine}).
 */
final class ArgumentChecks {
    /** The Spark masters Spark accepts: local, local[N], local[*], local[N,F], local-cluster[…], spark://, yarn, k8s://. */
    private static final Pattern MASTER = Pattern.compile(
            "local|local\\[(\\*|[1-9][0-9]*)(,[0-9]+)?]|local-cluster\\[[0-9]+, *[0-9]+, *[0-9]+]|spark://[^\\s/]+|yarn|k8s://\\S+");
    /** Bytes read to tell a text export from a binary file. */
    private static final int SNIFFED_BYTES = 8192;

    private final CommandSpec spec;
    private final List<String> problems = new ArrayList<>();

    private ArgumentChecks(CommandSpec spec) {
        this.spec = spec;
    }

    static ArgumentChecks of(CommandSpec spec) {
        return new ArgumentChecks(spec);
    }

    /** Throws every problem found, one line each; does nothing when there is none. */
    void verify() {
        if (!problems.isEmpty()) {
            throw new RefusedArguments(spec.commandLine(), String.join("\n", problems));
        }
    }

    ArgumentChecks problem(String line) {
        problems.add(line);
        return this;
    }

    /**
     * Each file exists, is a regular readable file and holds text (an export in CSV or TSV), except an XLSX workbook,
     * which a survey tool's export may be and which is known by its name.
     */
    ArgumentChecks textFiles(String argument, List<Path> files) {
        files.forEach(file -> textFile(argument, file));
        return this;
    }

    ArgumentChecks textFile(String argument, Path file) {
        String what = argument + " " + file;
        if (!readableFile(argument, file)
                || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return this;
        }
        try (InputStream input = Files.newInputStream(file)) {
            byte[] head = input.readNBytes(SNIFFED_BYTES);
            for (byte b : head) {
                if (b == 0) {
                    problems.add(
                            what
                                    + " is a binary file, not a text export (CSV or TSV; an XLSX workbook needs its .xlsx name)");
                    return this;
                }
            }
        } catch (IOException e) {
            problems.add(what + " cannot be read: " + e.getMessage());
        }
        return this;
    }

    /** The file exists and is a regular, readable file (a mapping, a key file). */
    ArgumentChecks existingFile(String argument, Path file) {
        readableFile(argument, file);
        return this;
    }

    private boolean readableFile(String argument, Path file) {
        String what = argument + " " + file;
        if (!Files.exists(file)) {
            problems.add(what + " does not exist");
        } else if (Files.isDirectory(file)) {
            problems.add(what + " is a folder, not a file");
        } else if (!Files.isRegularFile(file)) {
            problems.add(what + " is not a regular file");
        } else if (!Files.isReadable(file)) {
            problems.add(what + " cannot be read (no permission)");
        } else {
            return true;
        }
        return false;
    }

    /** The folder exists. */
    ArgumentChecks existingFolder(String argument, Path folder) {
        if (!Files.isDirectory(folder)) {
            problems.add(argument + " " + folder + (Files.exists(folder) ? " is not a folder" : " does not exist"));
        }
        return this;
    }

    /** The URI has a scheme Hadoop has a file system for (file:, hdfs:, s3a:, abfss:, gs: with their connectors). */
    ArgumentChecks root(String argument, String uri) {
        rootScheme(argument, uri);
        return this;
    }

    private boolean rootScheme(String argument, String uri) {
        String normalised;
        try {
            normalised = LakeUri.normalise(uri);
        } catch (RuntimeException e) {
            problems.add(argument + " '" + uri + "' is not a URI or a path: " + e.getMessage());
            return false;
        }
        String scheme = normalised.substring(0, normalised.indexOf(':'));
        if (scheme.equals("file")) {
            return true;
        }
        try {
            FileSystem.getFileSystemClass(scheme, new Configuration());
            return true;
        } catch (IOException | RuntimeException e) {
            problems.add(argument + " " + uri + " has the scheme " + scheme + ", for which there is no file system "
                    + "(file:, hdfs:, s3a:, abfss: or gs:, with its connector on the class path)");
            return false;
        }
    }

    /**
     * The lake holds at least one of {@link LakeTables#ALL}, unless {@code allowEmpty}: a lake without any is most
     * often a typo in the URI, which would otherwise look like a programme without data. Checked without Spark.
     */
    ArgumentChecks lake(String argument, String uri, boolean allowEmpty) {
        if (!rootScheme(argument, uri) || allowEmpty) {
            return this;
        }
        try {
            if (LakeFolders.tablesIn(LakeUri.normalise(uri)).isEmpty()) {
                problems.add(argument + " " + uri + " holds none of the lake's tables ("
                        + LakeTables.ALL.stream().map(TableDefinition::name).collect(Collectors.joining(", "))
                        + "); check the URI, or add --allow-empty to run on an empty lake");
            }
        } catch (IOException | RuntimeException e) {
            problems.add(argument + " " + uri + " cannot be read: " + e.getMessage());
        }
        return this;
    }

    /** The port is 0 (any free one) or 1 to 65535, and free on that address. */
    ArgumentChecks port(String argument, int port, String address) {
        if (port < 0 || port > 65535) {
            problems.add(argument + " " + port + " is not a valid port (1 to 65535, or 0 for any free one)");
        } else if (port > 0) {
            switch (Ports.bind(address, port)) {
                case FREE -> {}
                case IN_USE ->
                    problems.add(argument + " " + port + " is in use on " + address
                            + Ports.holder(port)
                                    .map(holder -> " (by " + holder + ")")
                                    .orElse("") + "; choose another with " + argument);
                case NO_SUCH_ADDRESS -> problems.add("--address " + address + " is not an address of this machine");
            }
        }
        return this;
    }

    ArgumentChecks master(String argument, String master) {
        if (!MASTER.matcher(master).matches()) {
            problems.add(argument + " " + master
                    + " is not a Spark master (local, local[N], local[*], spark://HOST:PORT, yarn or k8s://URL)");
        }
        return this;
    }

    ArgumentChecks atLeast(String argument, long value, long minimum) {
        if (value < minimum) {
            problems.add(argument + " " + value + " is too small (at least " + minimum + ")");
        }
        return this;
    }

    /** Problems found by a check of ours, as opposed to picocli's own parse errors: printed without a hint at --help. */
    static final class RefusedArguments extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;

        RefusedArguments(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }
}
