package io.longitude.ingest;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.validation.Fields;
import io.longitude.ingest.validation.ReferenceData;
import io.longitude.ingest.validation.RowConverter;
import io.longitude.ingest.validation.RowRejection;
import java.util.Map;

/**
 * A converter that rejects the rows of programmes outside the write's scope ({@code OUT_OF_SCOPE}), row by row, so
 * that the rest of the file goes in. A row's programme is the one it is written with (an edition's {@code programme_id},
 * or its edition's programme as the lake knows it); a row that would change an edition or a session of another
 * programme (the same {@code edition_id} or {@code session_id}) is rejected too. A row that would wait for an
 * edition or a session the lake does not know is rejected instead of pending: once the reference arrived, its retry
 * would not know who wrote it.
 */
final class ScopedConverter implements RowConverter {
    private final RowConverter converter;
    private final WriteScope scope;
    private final ReferenceData references;

    ScopedConverter(RowConverter converter, WriteScope scope, ReferenceData references) {
        this.converter = converter;
        this.scope = scope;
        this.references = references;
    }

    @Override
    public TableDefinition table() {
        return converter.table();
    }

    @Override
    public Map<String, Object> convert(Fields fields) throws RowRejection {
        Map<String, Object> row;
        try {
            row = converter.convert(fields);
        } catch (RowRejection rejection) {
            if (rejection.code() == IngestErrorCode.UNKNOWN_REFERENCE) {
                checkWaiting(fields.canonical());
            }
            throw rejection;
        }
        String edition = (String) row.get("edition_id");
        String known = references.programmeByEdition().get(edition);
        if (table().equals(LakeTables.PARTNERS)) {
            String partner = (String) row.get("partner_id");
            String before = references.programmeByPartner().get(partner);
            check("programme_id", (String) row.get("programme_id"), "");
            if (before != null && !scope.allows(before)) {
                throw refused("partner_id", partner, "partner " + partner + " of programme " + before);
            }
            return row;
        }
        if (table().equals(LakeTables.EDITIONS)) {
            check("programme_id", (String) row.get("programme_id"), "");
            if (known != null && !scope.allows(known)) {
                throw refused("edition_id", edition, "edition " + edition + " belongs to programme " + known);
            }
        } else {
            check("edition_id", known, " (of edition " + edition + ")");
        }
        if (table().equals(LakeTables.SESSIONS)) {
            String session = (String) row.get("session_id");
            String before = references.editionBySession().get(session);
            String programme =
                    before == null ? null : references.programmeByEdition().get(before);
            if (before != null && !scope.allows(programme)) {
                throw refused(
                        "session_id",
                        session,
                        "session " + session + " belongs to edition " + before + " of programme " + programme);
            }
        }
        return row;
    }

    /** A row whose reference is missing may wait only when its edition is known and in scope. */
    private void checkWaiting(Fields fields) throws RowRejection {
        String edition = fields.text("edition_id");
        String session = fields.text("session_id");
        if (edition == null && session != null) {
            edition = references.editionBySession().get(session);
            if (edition == null) {
                throw refused(
                        "session_id",
                        session,
                        "session " + session + " is not in the lake, and a write for " + scope
                                + " cannot leave rows waiting for a session of unknown programme");
            }
        }
        String programme =
                edition == null ? null : references.programmeByEdition().get(edition);
        if (programme == null) {
            throw refused(
                    "edition_id",
                    edition,
                    "edition " + edition + " is not in the lake, and a write for " + scope
                            + " cannot leave rows waiting for an edition of unknown programme");
        }
        check("edition_id", programme, " (of edition " + edition + ")");
    }

    private void check(String field, String programme, String where) throws RowRejection {
        if (!scope.allows(programme)) {
            throw refused(field, programme, "programme " + programme + where);
        }
    }

    private RowRejection refused(String field, String value, String what) {
        return new RowRejection(
                IngestErrorCode.OUT_OF_SCOPE,
                field,
                value == null ? "" : value,
                what + " is outside the programmes of this write (" + scope + ")");
    }
}
