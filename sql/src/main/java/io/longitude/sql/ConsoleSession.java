package io.longitude.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.classic.SparkSession;

/**
 * A Spark session of the console: its own SQL settings (file queries off, the lake's file systems read-only) and its
 * own temporary views, limited to one {@link Scope}.
 *
 * @param session the session, a child of the application's
 * @param scope whose rows its views show
 * @param versions the Delta version of each table when its views were defined (-1 where the table is missing)
 * @param views the views it holds, in the page's order
 */
public record ConsoleSession(SparkSession session, Scope scope, Map<String, Long> versions, List<ConsoleView> views) {
    public ConsoleSession {
        versions = Map.copyOf(versions);
        views = List.copyOf(views);
    }

    /** The names of its views, for {@link QueryGuard}. */
    Set<String> viewNames() {
        return Set.copyOf(views.stream().map(ConsoleView::name).toList());
    }
}
