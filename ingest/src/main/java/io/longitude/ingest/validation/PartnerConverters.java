package io.longitude.ingest.validation;

import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.Question;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.IngestErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The partnership's files: the partner organisations of a programme with their roles ({@code partners}), and the
 * partner questionnaire an organisation answers at a wave of an edition ({@code partner_responses}). Organisations,
 * not people: their ids are kept as written.
 */
public final class PartnerConverters {
    private PartnerConverters() {}

    /**
     * A partner organisation: its id, name and roles; a role outside {@link LakeTables#PARTNER_ROLES} is set aside with
     * its reason and the others kept; a row without any known role is rejected.
     */
    public static RowConverter partners() {
        return new RowConverter() {
            @Override
            public TableDefinition table() {
                return LakeTables.PARTNERS;
            }

            @Override
            public Map<String, Object> convert(Fields fields) throws RowRejection {
                Map<String, Object> row = new HashMap<>();
                row.put("programme_id", fields.required("programme_id"));
                row.put("partner_id", fields.required("partner_id"));
                row.put("name", fields.required("name"));
                String written = fields.required("roles");
                List<String> roles = new ArrayList<>();
                for (String entry : written.split(";")) {
                    String role = entry.trim().toLowerCase(Locale.ROOT);
                    if (role.isEmpty() || roles.contains(role)) {
                        continue;
                    }
                    if (LakeTables.PARTNER_ROLES.contains(role)) {
                        roles.add(role);
                    } else {
                        fields.setAside(new RowRejection(
                                IngestErrorCode.INVALID_VALUE,
                                "roles",
                                entry.trim(),
                                "not one of the roles " + String.join(", ", LakeTables.PARTNER_ROLES)));
                    }
                }
                if (roles.isEmpty()) {
                    throw new RowRejection(
                            IngestErrorCode.INVALID_VALUE,
                            "roles",
                            written,
                            "no role of " + String.join(", ", LakeTables.PARTNER_ROLES));
                }
                row.put("roles", String.join(";", roles));
                return row;
            }
        };
    }

    /**
     * A partner questionnaire: the edition and wave must exist and the organisation be a partner of the edition's
     * programme (else the row waits for the partners file); each answer is checked against the instrument.
     */
    public static RowConverter responses(Instrument instrument, ReferenceData data) {
        References references = new References(data, null);
        return new RowConverter() {
            @Override
            public TableDefinition table() {
                return LakeTables.PARTNER_RESPONSES;
            }

            @Override
            public Map<String, Object> convert(Fields fields) throws RowRejection {
                String edition = fields.required("edition_id");
                String programme = references.programme("edition_id", edition);
                String wave = References.wave(fields);
                String partner = fields.required("partner_id");
                String partnerOf = data.programmeByPartner().get(partner);
                if (partnerOf == null) {
                    throw new RowRejection(
                            IngestErrorCode.UNKNOWN_REFERENCE,
                            "partner_id",
                            partner,
                            "not a partner organisation of programme " + programme);
                }
                if (!partnerOf.equals(programme)) {
                    throw new RowRejection(
                            IngestErrorCode.INVALID_VALUE,
                            "partner_id",
                            partner,
                            "a partner of programme " + partnerOf + ", not of " + programme + " (edition " + edition
                                    + ")");
                }
                Map<String, Object> row = new HashMap<>();
                row.put("programme_id", programme);
                row.put("partner_id", partner);
                row.put("edition_id", edition);
                row.put("wave", wave);
                row.put("instrument_id", instrument.id());
                row.put("instrument_version", instrument.version());
                row.put("submitted_at", ResponseRows.submittedAt(fields));
                for (Question question : instrument.questions()) {
                    row.put(question.code(), ResponseRows.answer(question, fields, wave));
                }
                return row;
            }
        };
    }
}
