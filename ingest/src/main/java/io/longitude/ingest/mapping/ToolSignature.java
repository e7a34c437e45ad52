package io.longitude.ingest.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises the survey tool that wrote an export from its first rows (docs/formats.md): the columns each tool always
 * writes, and how many header rows come before the data.
 *
 * @param headerRows rows before the data
 * @param namesRow the header row with the column names
 * @param submissionId the tool's submission id column
 * @param submittedAt the column with the submission time, and its java.time pattern (null for ISO-8601)
 */
public record ToolSignature(
        String tool, int headerRows, int namesRow, String submissionId, String submittedAt, String timeFormat) {

    /** The tool that wrote an export whose first rows are {@code rows}, if any is recognised. */
    public static Optional<ToolSignature> recognise(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> first = lower(rows.get(0));
        boolean importIds = rows.size() > 2 && rows.get(2).stream().anyMatch(cell -> cell.startsWith("{\"ImportId\""));
        if (first.contains("responseid") && first.contains("startdate") && importIds) {
            return Optional.of(
                    new ToolSignature("qualtrics", 3, 1, "ResponseId", "RecordedDate", "yyyy-MM-dd HH:mm:ss"));
        }
        if (first.contains("v1")
                && first.contains("v2")
                && rows.size() > 1
                && lower(rows.get(1)).contains("responseid")) {
            return Optional.of(new ToolSignature("qualtrics", 2, 2, "ResponseID", "EndDate", "yyyy-MM-dd HH:mm:ss"));
        }
        if (first.contains("respondent id") || first.contains("respondentid")) {
            String id = first.contains("respondent id") ? "Respondent ID" : "RespondentID";
            return Optional.of(new ToolSignature(
                    "surveymonkey",
                    2,
                    1,
                    id,
                    first.contains("end date") ? "End Date" : "EndDate",
                    "MM/dd/yyyy h:mm:ss a"));
        }
        if (first.contains("submissiondate") && first.contains("key")) {
            return Optional.of(new ToolSignature("odk", 1, 1, "KEY", "SubmissionDate", null));
        }
        if (first.contains("_uuid") && first.contains("_submission_time")) {
            return Optional.of(new ToolSignature("kobo", 1, 1, "_uuid", "_submission_time", null));
        }
        if (first.contains("submitdate") && first.contains("lastpage") && first.contains("startlanguage")) {
            return Optional.of(new ToolSignature("limesurvey", 1, 1, "id", "submitdate", "yyyy-MM-dd HH:mm:ss"));
        }
        boolean redcap = first.contains("redcap_event_name")
                || first.contains("redcap_repeat_instrument")
                || first.contains("redcap_survey_identifier")
                || first.stream().anyMatch(name -> name.endsWith("_complete"));
        if (redcap) {
            return Optional.of(new ToolSignature("redcap", 1, 1, rows.get(0).get(0), null, "yyyy-MM-dd HH:mm:ss"));
        }
        if (!rows.get(0).isEmpty()
                && List.of("timestamp", "horodateur", "tijdstempel", "zeitstempel")
                        .contains(rows.get(0).get(0).toLowerCase(Locale.ROOT))) {
            return Optional.of(new ToolSignature(
                    "google", 1, 1, rows.get(0).get(0), rows.get(0).get(0), "yyyy/MM/dd h:mm:ss a z"));
        }
        return Optional.empty();
    }

    private static Set<String> lower(List<String> row) {
        return row.stream()
                .map(cell -> cell.trim().replace("\u0000", "").toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
