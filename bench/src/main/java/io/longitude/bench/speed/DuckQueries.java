package io.longitude.bench.speed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * DuckDB in this JVM (in-memory database, {@code threads} threads), with the enrolments and responses of the lake's
 * current snapshot loaded into tables from exactly the snapshot's Parquet files: DuckDB's counterpart of the cached
 * inputs of the Spark session.
 */
final class DuckQueries implements AutoCloseable {
    private final Connection connection;

    private DuckQueries(Connection connection) {
        this.connection = connection;
    }

    static DuckQueries open(int threads, String memoryLimit) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET threads = " + threads);
                statement.execute("SET memory_limit = '" + memoryLimit + "'");
                statement.execute("SET preserve_insertion_order = false");
            }
            return new DuckQueries(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    /** Loads the tables from the Parquet files (responses is partitioned by wave: hive partitioning) and the helpers. */
    void load(Map<String, List<String>> files) {
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, List<String>> table : files.entrySet()) {
                String list =
                        table.getValue().stream().map(DuckQueries::literal).collect(Collectors.joining(", ", "[", "]"));
                statement.execute("CREATE OR REPLACE TABLE " + table.getKey() + " AS SELECT * FROM read_parquet(" + list
                        + ", hive_partitioning = true)");
            }
            statement.execute(DuckSql.wilsonMacro());
            statement.execute("CREATE OR REPLACE TABLE t_quantiles (degrees BIGINT, q DOUBLE)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t_quantiles VALUES (?, ?)")) {
                for (int degrees = 1; degrees <= DuckSql.TABLED_DEGREES; degrees++) {
                    insert.setLong(1, degrees);
                    insert.setDouble(2, TDistribution.of(degrees).inverseCumulativeProbability(0.975));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the lake's Parquet files into DuckDB: " + e.getMessage(), e);
        }
    }

    long rows(String table) {
        return single("SELECT count(*) FROM " + table);
    }

    long single(String sql) {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run in DuckDB: " + sql + ": " + e.getMessage(), e);
        }
    }

    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run in DuckDB: " + sql + ": " + e.getMessage(), e);
        }
    }

    String version() {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version()")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            return "unknown";
        }
    }

    /** Runs the query and reads every row into cells, as Longitude's collectAsList does. */
    Map<String, Cell> run(CoreQuery query, int minimumN) {
        String sql = DuckSql.query(query, minimumN);
        Map<String, Cell> cells = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                String key = Cell.key(
                        result.getString("metric_id"),
                        result.getString("programme_id"),
                        result.getString("edition_id"),
                        result.getString("wave"),
                        result.getString("group_key"));
                Cell cell = new Cell(
                        key,
                        number(result, "numerator"),
                        number(result, "denominator"),
                        count(result, "n"),
                        number(result, "value"),
                        number(result, "lower"),
                        number(result, "upper"),
                        result.getString("note"),
                        result.getString("status"));
                if (cells.put(key, cell) != null) {
                    throw new IllegalStateException("Cannot compare the engines, DuckDB gave the cell twice: " + key);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot run " + query.title() + " in DuckDB: " + e.getMessage() + "\n" + sql, e);
        }
        return cells;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close DuckDB: " + e.getMessage(), e);
        }
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static Double number(ResultSet result, String column) throws SQLException {
        double value = result.getDouble(column);
        return result.wasNull() ? null : value;
    }

    private static Long count(ResultSet result, String column) throws SQLException {
        long value = result.getLong(column);
        return result.wasNull() ? null : value;
    }
}
