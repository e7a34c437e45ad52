package io.longitude.dashboard.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every command, listed in each command's {@code --help} and in the README. */
final class ExitCodes {
    static final int DONE = 0;
    /** The work failed: a file could not be ingested, or an error while running (the message names it). */
    static final int FAILED = 1;
    /** The command line is wrong: an unknown option, a bad value, a file, lake, port or master refused before any work. */
    static final int USAGE = 2;

    private ExitCodes() {}

    /** For picocli's exit code list in the usage help. */
    static Map<String, String> described() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(DONE), "done");
        codes.put(Integer.toString(FAILED), "the work failed: a file could not be ingested, or an error while running");
        codes.put(
                Integer.toString(USAGE),
                "the command line is wrong: unknown option, bad value, missing or binary file, "
                        + "empty lake, port taken; checked before any work starts");
        return codes;
    }
}
