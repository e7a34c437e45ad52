package io.longitude.ingest.validation;

import io.longitude.core.domain.EnrolmentStatus;
import io.longitude.core.domain.Role;
import io.longitude.core.domain.SessionKind;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.IngestErrorCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converters for the roster files: editions, participants, sessions, attendance and coach assessments. A row is
 * rejected when a value that makes it what it is fails (its key, its edition, role and status, an assessment's level);
 * an optional value that fails (intake date, gender, age band, a session's or assessment's date) is set aside.
 */
public final class RosterConverters {
    private static final List<String> GENDERS = List.of("f", "m", "x");
    private static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55+");

    private RosterConverters() {}

    public static RowConverter editions() {
        return new Converter(LakeTables.EDITIONS) {
            @Override
            public Map<String, Object> convert(Fields fields) throws RowRejection {
                LocalDate start = fields.requiredDate("start_date");
                LocalDate end = fields.requiredDate("end_date");
                if (end.isBefore(start)) {
                    throw new RowRejection(
                            IngestErrorCode.INVALID_VALUE, "end_date", end.toString(), "end date is before start date");
                }
                int number = fields.requiredInteger("number");
                if (number < 1) {
                    throw new RowRejection(
                            IngestErrorCode.INVALID_VALUE,
                            "number",
                            Integer.toString(number),
                            "edition number must be at least 1");
                }
                Map<String, Object> row = new HashMap<>();
                row.put("programme_id", fields.required("programme_id"));
                row.put("edition_id", fields.required("edition_id"));
                row.put("number", number);
                row.put("start_date", start);
                row.put("end_date", end);
                row.put("target_group", fields.text("target_group"));
                row.put("funder_id", fields.text("funder_id"));
                return row;
            }
        };
    }

    /** Participants become enrolments: the source identifier is pseudonymised; name, e-mail and phone are dropped. */
    public static RowConverter participants(ReferenceData data, Pseudonymizer pseudonymizer) {
        References references = new References(data, pseudonymizer);
        return new Converter(LakeTables.ENROLMENTS) {
            @Override
            public Map<String, Object> convert(Fields fields) throws RowRejection {
                String edition = fields.required("edition_id");
                String programme = references.programme("edition_id", edition);
                String declared = fields.text("programme_id");
                if (declared != null && !declared.equals(programme)) {
                    throw new RowRejection(
                            IngestErrorCode.INVALID_VALUE,
                            "programme_id",
                            declared,
                            "edition " + edition + " belongs to programme " + programme);
                }
                Map<String, Object> row = new HashMap<>();
                row.put("participant_key", pseudonymizer.pseudonym(fields.required("participant_id")));
                row.put("key_version", pseudonymizer.keyVersion());
                row.put("programme_id", programme);
                row.put("edition_id", edition);
                row.put("role", parse(fields, "role", Role.class).name().toLowerCase(java.util.Locale.ROOT));
                row.put("desk_id", fields.text("desk_id"));
                row.put("status", parse(fields, "status", EnrolmentStatus.class).code());
                row.put("intake_date", fields.optionalDate("intake_date"));
                row.put("sector", fields.text("sector"));
                row.put("gender", fields.optionalOneOf("gender", GENDERS));
                row.put("age_band", fields.optionalOneOf("age_band", AGE_BANDS));
                return row;
            }
        };
    }

    public static RowConverter sessions(ReferenceData data, Pseudonymizer pseudonymizer) {
        References references = new References(data, pseudonymizer);
        return new Converter(LakeTables.SESSIONS) {
            @Override
            public Map<String, Object> convert(Fields fields) throws RowRejection {
                String edition = fields.required("edition_id");
                references.programme("edition_id", edition);
                Map<String, Object> row = new HashMap<>();
                row.put("session_id", fields.required("session_id"));
                row.put("edition_id", edition);
                row.put("date", fields.optionalDate("date"));
                row.put("kind", parse(fields, "kind", SessionKind.class).name());
                row.put("theme", fields.text("theme"));
                return row;
            }
        };
    }

    public static RowConverter attendance(ReferenceData data, Pseudonymizer pseudonymizer) {
        References references = new References(data, pseudonymizer);
        return new Converter(LakeTables.ATTENDANCE) {
            @Override
            public Map<String, Object> convert(Fields fields) throws RowRejection {
                String edition = references.session(fields);
                Map<String, Object> row = new HashMap<>();
                row.put("session_id", fields.required("session_id"));
                row.put("participant_key", references.enrolled(fields, edition));
                row.put("edition_id", edition);
                return row;
            }
        };
    }

    public static RowConverter assessments(ReferenceData data, Pseudonymizer pseudonymizer) {
        References references = new References(data, pseudonymizer);
        return new Converter(LakeTables.ASSESSMENTS) {
            @Override
            public Map<String, Object> convert(Fields fields) throws RowRejection {
                String edition = fields.required("edition_id");
                references.programme("edition_id", edition);
                int level = fields.requiredInteger("sd_integration");
                if (level < 0 || level > 2) {
                    throw new RowRejection(
                            IngestErrorCode.INVALID_VALUE,
                            "sd_integration",
                            Integer.toString(level),
                            "not one of the codes 0, 1, 2");
                }
                Map<String, Object> row = new HashMap<>();
                row.put("participant_key", references.enrolled(fields, edition));
                row.put("edition_id", edition);
                row.put("wave", References.wave(fields));
                row.put("sd_integration", level);
                row.put("assessed_at", fields.optionalDate("assessed_at"));
                return row;
            }
        };
    }

    static <E extends Enum<E>> E parse(Fields fields, String column, Class<E> type) throws RowRejection {
        String value = fields.required(column);
        try {
            return io.longitude.core.domain.Codes.parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new RowRejection(IngestErrorCode.INVALID_VALUE, column, value, e.getMessage());
        }
    }

    private abstract static class Converter implements RowConverter {
        private final TableDefinition table;

        Converter(TableDefinition table) {
            this.table = table;
        }

        @Override
        public TableDefinition table() {
            return table;
        }
    }
}
