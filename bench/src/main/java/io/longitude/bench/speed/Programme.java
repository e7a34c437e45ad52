package io.longitude.bench.speed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated programme's canonical files: the rosters (editions, participants, sessions, attendance, assessments,
 * and the staff questionnaire) and the five follow-up waves.
 */
record Programme(Path folder, List<Path> rosters, List<Path> followups, long generationMillis) {
    static final List<String> ROSTERS = List.of(
            "editions.csv",
            "participants.csv",
            "sessions.csv",
            "attendance.csv",
            "assessments.csv",
            "staff-followup.csv");
    static final List<String> FOLLOWUPS =
            List.of("followup-W0.csv", "followup-W1.csv", "followup-W2.csv", "followup-W3.csv", "followup-W4.csv");
    private static final String DONE = ".generated";

    Programme {
        rosters = List.copyOf(rosters);
        followups = List.copyOf(followups);
    }

    /**
     * Generates the programme of {@code size} into {@code folder}, unless a previous run generated the same one there
     * (the generator writes the same bytes for the same arguments).
     */
    static Programme generate(Application application, Path folder, Size size, int editions, long seed) {
        List<String> arguments = List.of(
                "generate",
                "--out",
                folder.toString(),
                "--participants",
                Integer.toString(size.participants()),
                "--editions",
                Integer.toString(editions),
                "--seed",
                Long.toString(seed),
                "--format",
                "canonical");
        Path done = folder.resolve(DONE);
        String stamp = String.join(" ", arguments);
        long millis = 0;
        try {
            if (!Files.isRegularFile(done) || !Files.readString(done).equals(stamp)) {
                Files.createDirectories(folder);
                Files.deleteIfExists(done);
                ProcessResult result = ChildProcess.run(
                        application.command(List.of(), arguments), folder.getParent(), "generate-" + size.label());
                if (!result.succeeded()) {
                    throw new IllegalStateException("Cannot generate the " + size.label() + " programme, exit "
                            + result.exitCode() + ":\n" + ChildProcess.tail(result.errors(), 20));
                }
                millis = result.millis();
                Files.writeString(done, stamp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot generate into " + folder + ": " + e.getMessage(), e);
        }
        return new Programme(folder, files(folder, ROSTERS), files(folder, FOLLOWUPS), millis);
    }

    List<Path> all() {
        List<Path> all = new ArrayList<>(rosters);
        all.addAll(followups);
        return all;
    }

    static long bytes(List<Path> files) {
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot measure " + file, e);
            }
        }
        return bytes;
    }

    private static List<Path> files(Path folder, List<String> names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("Cannot find the generated file " + file);
            }
            files.add(file);
        }
        return files;
    }
}
