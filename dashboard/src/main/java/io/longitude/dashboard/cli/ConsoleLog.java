package io.longitude.dashboard.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Standard output of the libraries, sent to the log: Spark and Delta print some messages straight to the console
 * (Delta's VACUUM prints through Scala's {@code println}), which would mix with the command's own output. The command
 * line writes to the real standard output through picocli; {@code System.out} becomes this stream, so those messages
 * become lines of the logger {@value #LOGGER} ({@code logback.xml} writes it to the log file, not the console).
 */
public final class ConsoleLog extends OutputStream {
    public static final String LOGGER = "io.longitude.console";

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private Logger logger;

    private ConsoleLog() {}

    /** A print stream whose lines go to the log. */
    public static PrintStream stream() {
        return new PrintStream(new ConsoleLog(), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    @Override
    public synchronized void flush() {
        // A line is logged when it ends; a partial line waits for its end.
    }

    @Override
    public synchronized void close() {
        flushLine();
    }

    private void flushLine() {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (logger == null) {
            // Looked up on the first line, so that a command that prints nothing of the kind does not start the
            // logging.
            logger = LoggerFactory.getLogger(LOGGER);
        }
        logger.info(text);
    }
}
