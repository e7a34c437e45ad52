package io.longitude.ingest.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a tool's repeat groups (ODK Central's {@code <form>-<repeat>.csv}, KoboToolbox's repeat sheets),
 * gathered by the submission they belong to. Each repeat column becomes one column of the main table, named
 * {@code <repeat>/<column>}, holding that submission's values joined with {@code ;}, so a mapping can read a repeat
 * like any column (typically into a list question with {@code split: ";"}).
 */
final class RepeatGroups {
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Map<String, List<String>>> valuesBySubmission = new LinkedHashMap<>();

    /** Adds the rows of one repeat group: its header, its rows, and the column linking each row to its submission. */
    void add(String repeat, List<String> header, List<List<String>> rows, String linkColumn) {
        int link = header.indexOf(linkColumn);
        if (link < 0) {
            return;
        }
        for (String column : header) {
            if (!column.equals(linkColumn) && !columns.contains(repeat + "/" + column)) {
                columns.add(repeat + "/" + column);
            }
        }
        for (List<String> row : rows) {
            if (link >= row.size()) {
                continue;
            }
            Map<String, List<String>> submission =
                    valuesBySubmission.computeIfAbsent(row.get(link), key -> new LinkedHashMap<>());
            for (int index = 0; index < Math.min(header.size(), row.size()); index++) {
                if (index != link && !row.get(index).isBlank()) {
                    submission
                            .computeIfAbsent(repeat + "/" + header.get(index), key -> new ArrayList<>())
                            .add(row.get(index).trim());
                }
            }
        }
    }

    List<String> columns() {
        return List.copyOf(columns);
    }

    /** The repeat columns' values for one submission, in {@link #columns()} order. */
    List<String> values(String submission) {
        Map<String, List<String>> values = valuesBySubmission.getOrDefault(submission, Map.of());
        return columns.stream()
                .map(column -> String.join(";", values.getOrDefault(column, List.of())))
                .toList();
    }
}
