package io.longitude.ingest.source;

import io.longitude.ingest.canonical.FileKind;
import io.longitude.ingest.mapping.Mapping;
import java.util.Map;

/** A survey tool's export read through its mapping: follow-ups or session feedback as its instrument says, with the columns of its names row. */
abstract class MappedExport implements RowSource {
    final Mapping mapping;
    final Header header;

    MappedExport(Mapping mapping, Header header) {
        this.mapping = mapping;
        this.header = header;
    }

    @Override
    public FileKind kind() {
        return mapping.sessionFeedback() ? FileKind.SESSION_FEEDBACK : FileKind.FOLLOWUP;
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
