package io.longitude.bench.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An analyst running one heavy query in the SQL console again and again while their phase lasts (a second between
 * runs). Each run has its own query id, so that the end of the phase can cancel the run still going: its Spark jobs
 * then stop instead of spilling into the next quiet phase.
 */
final class HeavyAnalyst implements Runnable {
    private final int index;
    private final String password;
    private final Session session;
    private final String sql;
    private final Phase phase;
    private volatile boolean stopping;
    private volatile String running;

    HeavyAnalyst(int index, String password, Session session, String sql, Phase phase) {
        this.index = index;
        this.password = password;
        this.session = session;
        this.sql = sql;
        this.phase = phase;
    }

    @Override
    public void run() {
        Request request = Request.post(RequestClass.HEAVY, "POST /api/sql (heavy)", "/api/sql", "{}");
        try {
            session.signIn(Persona.ANALYST.username(), password);
            for (int run = 1; !stopping; run++) {
                String queryId = "load-heavy-" + index + "-" + run + "-" + System.currentTimeMillis();
                running = queryId;
                long start = System.nanoTime();
                String error;
                try {
                    HttpResponse<String> response = session.postJson(
                            "/api/sql", "{\"sql\": \"" + sql + "\", \"queryId\": \"" + queryId + "\"}");
                    error = response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
                } catch (IOException e) {
                    error = e.getClass().getSimpleName();
                }
                running = null;
                if (!stopping) {
                    phase.record(request, System.nanoTime() - start, error);
                    Thread.sleep(Duration.ofSeconds(1).toMillis());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot sign in the heavy analyst " + index + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the loop and cancels the query still running, if any; its run is not counted. */
    void stop() {
        stopping = true;
        String queryId = running;
        if (queryId != null) {
            try {
                session.postJson("/api/sql/" + queryId + "/cancel", "{}");
            } catch (IOException e) {
                System.err.println("Cannot cancel " + queryId + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
