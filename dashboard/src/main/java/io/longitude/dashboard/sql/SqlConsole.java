package io.longitude.dashboard.sql;

import io.longitude.dashboard.access.Account;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.audit.Audit;
import io.longitude.sql.ConsoleSessions;
import io.longitude.sql.ConsoleUser;
import io.longitude.sql.ConsoleView;
import io.longitude.sql.ParquetExport;
import io.longitude.sql.QueryCancelledException;
import io.longitude.sql.QueryExecutor;
import io.longitude.sql.QueryFailedException;
import io.longitude.sql.QueryRows;
import io.longitude.sql.RefusedQueryException;
import io.longitude.sql.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.springframework.stereotype.Component;

/**
 * The console as the web layer sees it: runs a viewer's query in their scope's session and audits it. The audit names
 * a query by the SHA-256 of its normalised text (surrounding blanks dropped, runs of blanks made one space), never by
 * the text itself nor any value it returned; a refused query is audited as {@code sql.refused}.
 */
@Component
class SqlConsole {
    static final String QUERY = "sql.query";
    static final String REFUSED = "sql.refused";
    static final String CSV = "sql.csv";
    static final String PARQUET = "sql.parquet";
    static final String CHART = "sql.chart";
    static final String EXPORT = "sql.export";

    private final SparkSession application;
    private final ConsoleSessions sessions;
    private final QueryExecutor executor;
    private final Audit audit;
    private final ConsoleHistory history;

    SqlConsole(
            SparkSession application,
            ConsoleSessions sessions,
            QueryExecutor executor,
            Audit audit,
            ConsoleHistory history) {
        this.application = application;
        this.sessions = sessions;
        this.executor = executor;
        this.audit = audit;
        this.history = history;
    }

    /** The views the viewer can query, as the page documents them. */
    List<ConsoleView> views(Viewer viewer) {
        return sessions.session(user(viewer)).views();
    }

    /**
     * Runs the query and records it as {@code action} ({@link #QUERY}, {@link #CSV}, {@link #PARQUET}, {@link #CHART}):
     * in the audit, by hash with the text as the entry's detail for administrators; in the user's history when run from
     * the console ({@link #QUERY}).
     */
    QueryRows run(Viewer viewer, SqlRequest request, String action) {
        String object = "sha256:" + sha256(normalise(request.sql()));
        String text = request.sql() == null ? "" : request.sql();
        boolean remember = QUERY.equals(action);
        try {
            ConsoleUser user = user(viewer);
            QueryRows rows =
                    executor.run(sessions.session(user), user, Optional.ofNullable(request.queryId()), request.sql());
            audit.record(viewer, action, object, rows.rows().size(), text);
            if (remember) {
                history.recordRun(viewer.username(), text, "ok", rows.rows().size());
            }
            return rows;
        } catch (RefusedQueryException e) {
            audit.record(viewer, REFUSED, object, 0, text);
            if (remember) {
                history.recordRun(viewer.username(), text, e.kind().code(), 0);
            }
            throw e;
        } catch (QueryFailedException | QueryCancelledException e) {
            audit.record(viewer, action, object, 0, text);
            if (remember) {
                history.recordRun(
                        viewer.username(), text, e instanceof QueryFailedException ? "failed" : "cancelled", 0);
            }
            throw e;
        }
    }

    ConsoleHistory history() {
        return history;
    }

    boolean cancel(String queryId, Viewer viewer) {
        return executor.cancel(queryId, user(viewer));
    }

    byte[] parquet(QueryRows rows) {
        return ParquetExport.parquet(application, rows);
    }

    /**
     * The viewer as the console knows them: an admin, or an account scoped to every programme, has a session over
     * every programme; anyone else one over their own programmes.
     */
    static ConsoleUser user(Viewer viewer) {
        boolean admin = viewer.is(Role.ADMIN);
        Scope scope = admin || viewer.programmes().contains(Account.EVERY_PROGRAMME)
                ? Scope.EVERYTHING
                : Scope.programmes(viewer.programmes());
        return new ConsoleUser(viewer.username(), admin, scope);
    }

    static String normalise(String sql) {
        return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256Bytes(text));
    }

    static byte[] sha256Bytes(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash, SHA-256 missing", e);
        }
    }
}
