package io.longitude.dashboard.cli;

import io.longitude.core.progress.Progress;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * A long command's progress: on a terminal one line that updates in place ("Analysing 5/17: M4 network") and is
 * cleared before the summary; otherwise (a pipe, a file, a test) one plain line per step. Thread-safe, since the metric
 * families of an analysis finish on several threads.
 */
final class ProgressLine implements Progress {
    /** Longer lines would wrap, and a carriage return then rewrites only the last row. */
    private static final int WIDTH = 79;

    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintWriter out;
    private final String label;
    private final boolean terminal;
    private boolean shown;

    ProgressLine(PrintWriter out, String label, boolean terminal) {
        this.out = out;
        this.label = label;
        this.terminal = terminal;
    }

    /** On a command's output, updating in place when the process runs on a terminal. */
    static ProgressLine on(PrintWriter out, String label) {
        return new ProgressLine(out, label, System.console() != null);
    }

    @Override
    public synchronized void step(int step, int steps, String what) {
        String line = label + " " + step + "/" + steps + ": " + what;
        if (terminal) {
            out.print(CLEAR_LINE + (line.length() > WIDTH ? line.substring(0, WIDTH - 3) + "..." : line));
            shown = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Runs the work, which tells this line its steps, and clears the line when it ends (also when it fails). */
    <T> T during(Supplier<T> work) {
        try {
            return work.get();
        } finally {
            end();
        }
    }

    /** Clears the updating line, so that what follows starts at the beginning of an empty line. */
    synchronized void end() {
        if (shown) {
            out.print(CLEAR_LINE);
            out.flush();
            shown = false;
        }
    }
}
