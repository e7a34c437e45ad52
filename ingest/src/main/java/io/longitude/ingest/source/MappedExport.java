package io.longitude.ingest.source;

import io.longitude.ingest.canonical.FileKind;
import io.longitude.ingest.mapping.Mapping;
import java.util.Map;

/** A survey tool's export read through its mapping: always follow-ups, with the columns of its names row. */
abstract class MappedExport implements RowSource {
    final Mapping mapping;
    final Header header;

    MappedExport(Mapping mapping, Header header) {
        this.mapping = mapping;
        this.header = header;
    }

    @Override
    public FileKind kind() {
        return FileKind.FOLLOWUP;
    }

    @Override
    public String tool() {
        return mapping.tool();
    }

    @Override
    public Map<String, Integer> columns() {
        return header.columns();
    }

    @Override
    public int width() {
        return header.width();
    }
}
