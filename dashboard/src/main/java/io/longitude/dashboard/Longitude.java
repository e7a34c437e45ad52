package io.longitude.dashboard;

import io.longitude.dashboard.cli.LongitudeCommand;
import picocli.CommandLine;

/** The {@code ./longitude} command line: generate, ingest, analyze, serve and demo. */
public final class Longitude {
    private Longitude() {}

    public static void main(String[] args) {
        int exit = LongitudeCommand.commandLine().execute(args);
        if (exit != 0 || !LongitudeCommand.keepsRunning(args)) {
            System.exit(exit);
        }
    }
}
