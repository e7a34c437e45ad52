package io.longitude.dashboard;

import io.longitude.dashboard.cli.ConsoleLog;
import io.longitude.dashboard.cli.LongitudeCommand;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code ./longitude} command line: generate, ingest, analyze, serve and demo. */
public final class Longitude {
    private Longitude() {}

    public static void main(String[] args) {
        // The user's output is the command's own: what libraries print to System.out goes to the log (see ConsoleLog).
        PrintStream user = System.out;
        System.setOut(ConsoleLog.stream());
        CommandLine commandLine = LongitudeCommand.commandLine();
        commandLine.setOut(new PrintWriter(user, true));
        int exit = commandLine.execute(args);
        if (exit != 0 || !LongitudeCommand.keepsRunning(args)) {
            System.exit(exit);
        }
    }
}
