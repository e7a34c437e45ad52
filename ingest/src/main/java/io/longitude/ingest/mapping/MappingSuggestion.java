package io.longitude.ingest.mapping;

import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.Labels;
import io.longitude.core.instrument.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Drafts a mapping for an export: the tool and its header rows from the signature, the submission and time columns,
 * and each question of the instrument matched to a column whose name or label is the question's code or label.
 * What it cannot decide is left as a clearly marked placeholder, {@value #CHOOSE}.
 */
public final class MappingSuggestion {
    public static final String CHOOSE = "<choose>";
    private static final List<String> PARTICIPANT_HINTS = List.of(
            "participant_id",
            "participant",
            "externalreference",
            "externaldatareference",
            "token",
            "record_id",
            "study_id",
            "participant code",
            "code",
            "custom data 1",
            "email address");

    private MappingSuggestion() {}

    /** The draft as YAML, from the export's first rows ({@code rows}, header rows and a few data rows). */
    public static String draft(String fileName, List<List<String>> rows, char separator, Instrument instrument) {
        Optional<ToolSignature> recognised = ToolSignature.recognise(rows);
        ToolSignature signature = recognised.orElse(new ToolSignature(CHOOSE, 1, 1, CHOOSE, CHOOSE, null));
        List<String> names = rows.isEmpty() ? List.of() : rows.get(signature.namesRow() - 1);
        List<String> labels =
                signature.headerRows() > 1 && rows.size() > 1 ? rows.get(signature.namesRow() == 1 ? 1 : 0) : names;
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Drafted by ./longitude mapping suggest ")
                .append(fileName)
                .append('\n')
                .append("# Recognised as: ")
                .append(recognised.map(ToolSignature::tool).orElse("no known tool"))
                .append('\n')
                .append("# Replace every ")
                .append(CHOOSE)
                .append(" and check each question; see data/mappings/README.md.\n")
                .append("tool: ")
                .append(signature.tool())
                .append('\n')
                .append("form: ")
                .append(quote(fileName.replaceAll("\\.[A-Za-z]+$", "")))
                .append('\n')
                .append("instrument: ")
                .append(instrument.id())
                .append('\n')
                .append("instrument_version: ")
                .append(instrument.version())
                .append('\n')
                .append("format: ")
                .append(fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv")
                .append('\n')
                .append("separator: ")
                .append(quote(separator == '\t' ? "\t" : String.valueOf(separator)))
                .append('\n')
                .append("header_rows: ")
                .append(signature.headerRows())
                .append('\n')
                .append("names_row: ")
                .append(signature.namesRow())
                .append('\n')
                .append("submission_id: [")
                .append(quote(signature.submissionId()))
                .append("]\n")
                .append("participant_id: {column: ")
                .append(quote(participantColumn(names)))
                .append("}\n");
        if (names.contains("redcap_event_name")) {
            yaml.append("edition_id: {column: redcap_event_name, values: {")
                    .append(CHOOSE)
                    .append(": E01}}\n")
                    .append("wave: {column: redcap_event_name, values: {")
                    .append(CHOOSE)
                    .append(": W0}}\n");
        } else {
            yaml.append("edition_id: {value: ")
                    .append(quote(CHOOSE))
                    .append("}\n")
                    .append("wave: {value: ")
                    .append(quote(CHOOSE))
                    .append("}\n");
        }
        yaml.append("submitted_at: {column: ")
                .append(quote(signature.submittedAt() == null ? CHOOSE : signature.submittedAt()));
        if (signature.timeFormat() != null) {
            yaml.append(", format: ").append(quote(signature.timeFormat())).append(", zone: Europe/Brussels");
        }
        yaml.append("}\nquestions:\n");
        Map<String, String> matched = questions(names, labels, instrument);
        if (matched.isEmpty()) {
            yaml.append("  {}\n");
        }
        matched.forEach((code, column) -> yaml.append("  ")
                .append(code)
                .append(": {column: ")
                .append(quote(column))
                .append("}\n"));
        return yaml.toString();
    }

    private static String participantColumn(List<String> names) {
        for (String hint : PARTICIPANT_HINTS) {
            for (String name : names) {
                if (name.trim().equalsIgnoreCase(hint)) {
                    return name.trim();
                }
            }
        }
        return CHOOSE;
    }

    private static Map<String, String> questions(List<String> names, List<String> labels, Instrument instrument) {
        Map<String, String> matched = new LinkedHashMap<>();
        for (Question question : instrument.questions()) {
            for (int index = 0; index < names.size(); index++) {
                String name = normalise(names.get(index));
                String label = index < labels.size() ? normalise(labels.get(index)) : "";
                if (name.equals(question.code())
                        || name.endsWith("/" + question.code())
                        || name.endsWith("-" + question.code())
                        || matchesLabel(label, question.labels())
                        || matchesLabel(name, question.labels())) {
                    matched.put(question.code(), names.get(index).trim());
                    break;
                }
            }
        }
        return matched;
    }

    private static boolean matchesLabel(String text, Labels labels) {
        return !text.isEmpty()
                && new ArrayList<>(List.of(labels.nl(), labels.fr(), labels.en()))
                        .stream().anyMatch(label -> normalise(label).equals(text));
    }

    private static String normalise(String text) {
        return text.trim().replace("\u0000", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }
}
