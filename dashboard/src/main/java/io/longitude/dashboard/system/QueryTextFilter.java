package io.longitude.dashboard.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps SQL text out of the logs. When a query fails while it runs (a cast of a text to a number, a division by zero),
 * Spark's executor and scheduler log the exception at ERROR, and Spark's message quotes the query around the failing
 * expression ({@code == SQL (line 1, position 8) ==}). For the SQL console that is an analyst's query, which the audit
 * records only by its hash. This filter drops such events, whichever logger writes them (Spark's executor, a servlet
 * container's report of an unhandled exception); the caller still gets the exception (the console shows it to the
 * analyst who wrote the query). Installed in {@code logback.xml}.
 */
public final class QueryTextFilter extends TurboFilter {
    /** How Spark marks the query text in an error's context. */
    static final String QUERY_CONTEXT = "== SQL";

    private static final int CAUSES = 16;

    @Override
    public FilterReply decide(
            Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
        if (logger == null || level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            // Not logged anyway (or a mere isEnabled check): nothing to look at, and nothing to make a string of.
            return FilterReply.NEUTRAL;
        }
        if (quotes(format)
                || quotes(thrown)
                || (params != null
                        && java.util.Arrays.stream(params)
                                .anyMatch(param -> param instanceof Throwable throwable
                                        ? quotes(throwable)
                                        : quotes(String.valueOf(param))))) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean quotes(Throwable thrown) {
        Throwable at = thrown;
        for (int depth = 0; at != null && depth < CAUSES; depth++, at = at.getCause()) {
            if (quotes(at.getMessage()) || quotes(at.toString())) {
                return true;
            }
            for (Throwable suppressed : at.getSuppressed()) {
                if (quotes(suppressed.getMessage())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean quotes(String text) {
        return text != null && text.contains(QUERY_CONTEXT);
    }
}
