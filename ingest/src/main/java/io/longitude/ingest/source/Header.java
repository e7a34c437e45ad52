package io.longitude.ingest.source;

import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.IngestException;
import io.longitude.ingest.mapping.Mapping;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names of an export. A repeated name (Google Forms repeats question titles) gets a suffix
 * {@code #2}, {@code #3} on its later occurrences, so a mapping can name each.
 */
record Header(Map<String, Integer> columns, int width) {
    Header {
        columns = Map.copyOf(columns);
    }

    static Header of(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int index = 0; index < names.size(); index++) {
            String name = names.get(index).trim().replace("\u0000", "");
            String unique = name;
            for (int occurrence = 2; columns.containsKey(unique); occurrence++) {
                unique = name + "#" + occurrence;
            }
            columns.put(unique, index);
        }
        return new Header(columns, names.size());
    }

    /** Fails naming the file, the mapping and the columns it reads that the header lacks. */
    void require(Mapping mapping, Path path) {
        List<String> missing = mapping.columns().stream()
                .filter(column -> !columns.containsKey(column))
                .toList();
        if (!missing.isEmpty()) {
            throw new IngestException(
                    IngestErrorCode.UNKNOWN_FORMAT,
                    "Cannot ingest " + path + " with mapping " + mapping.name() + ", the header lacks the columns "
                            + missing);
        }
    }
}
