package io.longitude.ingest.source;

import io.longitude.ingest.canonical.FileKind;
import java.util.Map;
import java.util.function.Consumer;

/** An opened export: its kind, its columns, and its data rows in order. */
public interface RowSource extends AutoCloseable {
    FileKind kind();

    /** The tool that wrote it, {@code canonical} for canonical files. */
    String tool();

    /** Column name to index. */
    Map<String, Integer> columns();

    /** The number of columns of the header; a row with another number of fields is malformed. */
    int width();

    /** Hands every data row to {@code action}, in file order. */
    void forEach(Consumer<SourceRow> action);

    @Override
    void close();
}
