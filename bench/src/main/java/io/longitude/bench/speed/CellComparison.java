package io.longitude.bench.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Fails loudly unless Longitude and DuckDB computed the same cells. */
final class CellComparison {
    private static final int SHOWN = 5;

    private CellComparison() {}

    /** Returns the number of cells compared. */
    static int requireSame(String query, Map<String, Cell> longitude, Map<String, Cell> duckdb) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(longitude.keySet());
        keys.addAll(duckdb.keySet());
        for (String key : keys) {
            Cell ours = longitude.get(key);
            Cell theirs = duckdb.get(key);
            if (ours == null || theirs == null) {
                differences.add(key + ": only in " + (ours == null ? "DuckDB " + theirs : "Longitude " + ours));
            } else if (ours.difference(theirs) != null) {
                differences.add(key + ": " + ours.difference(theirs) + ", Longitude " + ours + ", DuckDB " + theirs);
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("Cannot compare the engines, " + query + " differs in " + differences.size()
                    + " of " + keys.size() + " cells:\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(SHOWN, differences.size()))));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("Cannot compare the engines, " + query + " gave no cells");
        }
        return keys.size();
    }
}
