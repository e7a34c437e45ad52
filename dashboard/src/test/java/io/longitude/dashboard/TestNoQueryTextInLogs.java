package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.read.ListAppender;
import io.longitude.dashboard.system.QueryTextFilter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A console query that fails while it runs leaves no trace of its text in any log (the audit keeps only its hash).
 * The test captures every log event of the server while an analyst's query fails in Spark's tasks; run once without
 * the filter that {@code logback.xml} installs, it shows that Spark does log the text, so the test can fail.
 */
class TestNoQueryTextInLogs {
    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    @Test
    void aQueryFailingInSparksTasksIsNotLogged() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<TurboFilter> installed = logging.getTurboFilterList().stream()
                .filter(QueryTextFilter.class::isInstance)
                .toList();
        assertThat(installed).as("logback.xml installs the filter").hasSize(1);

        logging.getTurboFilterList().removeAll(installed);
        List<String> unfiltered;
        try {
            unfiltered = logged("unfiltered_probe_4417");
        } finally {
            logging.getTurboFilterList().addAll(0, installed);
        }
        assertThat(unfiltered)
                .as("without the filter Spark logs the failing query's text")
                .anyMatch(text -> text.contains("unfiltered_probe_4417"));

        assertThat(logged("leak_probe_4417")).noneMatch(text -> text.contains("leak_probe_4417"));
    }

    /** Every log event's text (message, exceptions and their causes) while a query using the probe name fails. */
    private static List<String> logged(String probe) {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try {
            HttpResponse<String> response = server.signIn("analyst")
                    .postJson(
                            "/api/sql",
                            "{\"sql\":\"SELECT CAST(concat(edition_id, '" + probe + "') AS INT) AS n FROM editions\"}");
            assertThat(response.statusCode())
                    .as("the query fails: " + response.body())
                    .isGreaterThanOrEqualTo(400);
        } finally {
            root.detachAppender(captured);
        }
        List<String> texts = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            StringBuilder text = new StringBuilder(event.getFormattedMessage());
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                text.append('\n').append(thrown.getClassName()).append(": ").append(thrown.getMessage());
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
