package io.longitude.dashboard.reports;

import io.longitude.core.disclosure.CountSystem;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A programme's funder figures before suppression: the counts and their relations, and the tables that show them.
 *
 * @param asOf the lake versions the metric rows were computed from ({@code input_versions}), "; "-separated if several
 * @param computedAt when the metric rows were computed, or null without rows
 * @param sensitive the categories whose small counts the system protects
 */
record Figures(
        String programmeId,
        List<String> editions,
        List<String> waves,
        CountSystem system,
        List<TableSpec> tables,
        String asOf,
        Instant computedAt,
        Set<SensitiveCategory> sensitive) {
    Figures {
        editions = List.copyOf(editions);
        waves = List.copyOf(waves);
        tables = List.copyOf(tables);
        sensitive = Set.copyOf(sensitive);
    }
}
