package io.longitude.ingest.mapping;

import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.Question;
import io.longitude.core.instrument.QuestionType;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.validation.Fields;
import io.longitude.ingest.validation.RowConverter;
import io.longitude.ingest.validation.RowRejection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a row of a tool's export into a canonical follow-up row through its mapping, then hands it to the canonical
 * converter, so that mapped and canonical rows are checked by the same rules.
 */
public final class MappedConverter implements RowConverter {
    private static final List<String> TRUE = List.of("1", "y", "yes", "true", "checked");

    private final Mapping mapping;
    private final Instrument instrument;
    private final RowConverter canonical;
    private final List<String> canonicalColumns;
    private final Map<String, Integer> canonicalIndex = new HashMap<>();
    private final Map<String, DateTimeFormatter> formatters = new HashMap<>();

    public MappedConverter(Mapping mapping, Instrument instrument, RowConverter canonical) {
        this.mapping = mapping;
        this.instrument = instrument;
        this.canonical = canonical;
        List<String> columns = new ArrayList<>(mapping.fields().keySet());
        columns.add("source_submission_id");
        this.canonicalColumns = List.copyOf(columns);
        for (int index = 0; index < canonicalColumns.size(); index++) {
            canonicalIndex.put(canonicalColumns.get(index), index);
        }
        mapping.fields().forEach((field, source) -> {
            if (source.format() != null) {
                formatters.put(
                        field,
                        new DateTimeFormatterBuilder()
                                .parseCaseInsensitive()
                                .appendPattern(source.format())
                                .toFormatter(Locale.ENGLISH));
            }
        });
    }

    @Override
    public TableDefinition table() {
        return canonical.table();
    }

    @Override
    public Map<String, Object> convert(Fields source) throws RowRejection {
        List<String> values = new ArrayList<>();
        for (String field : canonicalColumns) {
            values.add(
                    field.equals("source_submission_id")
                            ? submissionId(source)
                            : value(field, mapping.fields().get(field), source));
        }
        return canonical.convert(source.derive(canonicalIndex, values));
    }

    private String submissionId(Fields source) {
        if (mapping.submissionId().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String column : mapping.submissionId()) {
            String value = source.text(column);
            parts.add(value == null ? "" : value);
        }
        return String.join("|", parts);
    }

    private String value(String field, ValueSource source, Fields row) throws RowRejection {
        if (source.constant() != null) {
            return source.constant();
        }
        if (!source.oneHot().isEmpty()) {
            List<String> chosen = new ArrayList<>();
            for (Map.Entry<String, String> option : source.oneHot().entrySet()) {
                String cell = present(row.text(option.getKey()));
                if (cell != null
                        && (TRUE.contains(cell.toLowerCase(Locale.ROOT)) || cell.equalsIgnoreCase(option.getValue()))) {
                    chosen.add(option.getValue());
                }
            }
            return chosen.isEmpty() ? null : String.join(";", chosen);
        }
        String raw = present(row.text(source.column()));
        if (raw == null) {
            return source.fallback();
        }
        if (source.pattern() != null) {
            java.util.regex.Matcher matcher = source.pattern().matcher(raw);
            raw = matcher.find() && matcher.group(1) != null ? matcher.group(1) : raw;
        }
        if (source.split() != null) {
            List<String> items = new ArrayList<>();
            for (String item : raw.split(java.util.regex.Pattern.quote(source.split()))) {
                if (!item.isBlank()) {
                    items.add(recode(source, item.trim()));
                }
            }
            return String.join(";", items);
        }
        String value = recode(source, raw);
        if (!formatters.containsKey(field) && !field.equals("submitted_at")) {
            return value;
        }
        try {
            return temporal(field, source, value);
        } catch (RowRejection rejection) {
            if (instrument.question(field).isEmpty()) {
                throw rejection;
            }
            row.setAside(rejection);
            return null;
        }
    }

    private String present(String raw) {
        return raw == null || mapping.missing().contains(raw) ? null : raw;
    }

    private static String recode(ValueSource source, String raw) {
        for (Map.Entry<String, String> entry : source.values().entrySet()) {
            if (entry.getKey().trim().equalsIgnoreCase(raw)) {
                return entry.getValue();
            }
        }
        return raw;
    }

    private String temporal(String field, ValueSource source, String raw) throws RowRejection {
        ZoneId zone = source.zone() == null ? ZoneOffset.UTC : ZoneId.of(source.zone());
        boolean date = instrument.question(field).map(Question::type).orElse(null) == QuestionType.DATE;
        try {
            if (!formatters.containsKey(field)) {
                return instant(raw.replace(' ', 'T'), zone).toString();
            }
            TemporalAccessor parsed = formatters.get(field).parse(raw);
            if (date) {
                return LocalDate.from(parsed).toString();
            }
            if (!parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
                return LocalDate.from(parsed)
                        .atStartOfDay(zone)
                        .toOffsetDateTime()
                        .toString();
            }
            if (parsed.query(java.time.temporal.TemporalQueries.zone()) != null) {
                return ZonedDateTime.from(parsed).toOffsetDateTime().toString();
            }
            return LocalDateTime.from(parsed).atZone(zone).toOffsetDateTime().toString();
        } catch (java.time.DateTimeException e) {
            throw new RowRejection(
                    IngestErrorCode.INVALID_VALUE,
                    source.column(),
                    raw,
                    "not a " + (date ? "date" : "time") + " in the mapping's format "
                            + (source.format() == null ? "ISO-8601" : source.format()));
        }
    }

    private static OffsetDateTime instant(String iso, ZoneId zone) {
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime();
        }
    }
}
