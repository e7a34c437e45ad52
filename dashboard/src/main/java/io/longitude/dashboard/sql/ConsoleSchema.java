package io.longitude.dashboard.sql;

import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.system.VersionedCache;
import io.longitude.sql.ConsoleSession;
import io.longitude.sql.ConsoleSessions;
import io.longitude.sql.ConsoleView;
import io.longitude.sql.QueryExecutor;
import io.longitude.sql.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.springframework.stereotype.Component;

/**
 * What {@code GET /api/sql/schema} and the console's schema panel show: the viewer's views, their columns and types,
 * and their row counts in the viewer's scope. The counts are one Spark count per view, run in the viewer's console
 * session (so in their scope, in the analysts' pool) once per set of table versions, then kept until a table changes.
 */
@Component
class ConsoleSchema {
    /** One view of the schema: its name, its columns, and how many rows the viewer can read in it. */
    record SchemaView(String name, long rows, List<ConsoleView.ViewColumn> columns) {
        SchemaView {
            columns = List.copyOf(columns);
        }
    }

    private final ConsoleSessions sessions;
    /** Row counts per scope, kept until a table of the lake gets a new Delta version. */
    private final VersionedCache<Scope, Map<String, Long>> counted = new VersionedCache<>(100);

    ConsoleSchema(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    /** The viewer's views, in the page's order, with their row counts. */
    List<SchemaView> views(Viewer viewer) {
        ConsoleSession session = sessions.session(SqlConsole.user(viewer));
        Map<String, Long> rows = counted.get(session.scope(), session.versions(), () -> count(session));
        return session.views().stream()
                .map(view -> new SchemaView(view.name(), rows.getOrDefault(view.name(), 0L), view.columns()))
                .toList();
    }

    private static Map<String, Long> count(ConsoleSession console) {
        SparkContext context = console.session().sparkContext();
        context.setJobGroup(QueryExecutor.JOB_GROUP_PREFIX + "schema", "SQL console schema counts", true);
        context.setLocalProperty("spark.scheduler.pool", QueryExecutor.POOL);
        try {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (ConsoleView view : console.views()) {
                rows.put(view.name(), console.session().table(view.name()).count());
            }
            return rows;
        } finally {
            context.clearJobGroup();
            context.setLocalProperty("spark.scheduler.pool", null);
        }
    }
}
