package io.longitude.ingest.lake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.longitude.core.lake.Column;
import io.longitude.core.lake.TableDefinition;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Accepted rows, staged as JSON Lines in a local temporary file, so that a file of any size is validated in bounded
 * memory and then committed to the lake in one transaction.
 */
public final class StagingFile implements AutoCloseable {
    /** The natural keys of up to this many rows are kept, for a check of the table's keys on the driver. */
    static final int KEYS_KEPT_UP_TO = 200_000;

    private final Path path;
    private final TableDefinition table;
    private final BufferedWriter writer;
    private final JsonGenerator json;
    private long rows;
    private Set<List<String>> keys = new HashSet<>();
    private final Set<List<String>> partitions = new HashSet<>();

    public StagingFile(TableDefinition table) {
        this.table = table;
        try {
            this.path = Files.createTempFile("longitude-staging-" + table.name() + "-", ".json");
            this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.json = new JsonFactory().setRootValueSeparator("\n").createGenerator(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging file: " + e.getMessage(), e);
        }
    }

    public void write(Map<String, Object> row) {
        try {
            json.writeStartObject();
            for (Column column : table.columns()) {
                Object value = row.get(column.name());
                if (value != null) {
                    json.writeFieldName(column.name());
                    writeValue(value);
                }
            }
            json.writeEndObject();
            rows++;
            remember(row);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the staging file " + path + ": " + e.getMessage(), e);
        }
    }

    private void remember(Map<String, Object> row) {
        partitions.add(values(row, table.partitionBy()));
        if (keys != null) {
            keys.add(values(row, table.naturalKey()));
            if (keys.size() > KEYS_KEPT_UP_TO) {
                keys = null;
            }
        }
    }

    private static List<String> values(Map<String, Object> row, List<String> columns) {
        return columns.stream()
                .map(column -> Objects.toString(row.get(column), null))
                .toList();
    }

    /** The staged rows' count, natural keys and partition values. */
    public StagedKeys keys() {
        return new StagedKeys(rows, Optional.ofNullable(keys), partitions);
    }

    private void writeValue(Object value) throws IOException {
        if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(entry.getKey().toString());
                writeValue(entry.getValue());
            }
            json.writeEndObject();
        } else {
            json.writeString(value.toString());
        }
    }

    public long rows() {
        return rows;
    }

    /** Flushes the rows and returns the file's URI, readable by a local Spark session. */
    public String finish() {
        try {
            json.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the staging file " + path + ": " + e.getMessage(), e);
        }
        return path.toUri().toString();
    }

    @Override
    public void close() {
        try {
            json.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the staging file " + path + ": " + e.getMessage(), e);
        }
    }
}
