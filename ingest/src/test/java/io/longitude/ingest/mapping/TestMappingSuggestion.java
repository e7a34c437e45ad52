package io.longitude.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.ingest.Ingest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestMappingSuggestion {
    static final Path SAMPLES =
            Path.of(System.getProperty("longitude.shared-dir", "../../shared"), "samples", "real-exports");

    @TempDir
    Path temp;

    @Test
    void recognisesTheToolOfEveryRealSample() {
        Assumptions.assumeTrue(
                Files.isDirectory(SAMPLES),
                "The real export samples are not at " + SAMPLES.toAbsolutePath() + ": skipping");
        assertTool("qualtrics/sample.csv", "qualtrics", "header_rows: 3");
        assertTool("qualtrics/sample_legacy.csv", "qualtrics", "names_row: 2");
        assertTool("redcap/longitudinal/data.csv", "redcap", "edition_id: {column: redcap_event_name");
        assertTool("redcap/repeating-instruments-sparse/data.csv", "redcap", "participant_id: {column: \"record_id\"}");
        assertTool("redcap/survey/data.csv", "redcap", "participant_id: {column: \"participant_id\"}");
        assertTool("odk-central/build_Flora-Quadrat-0-4_1564384341.csv", "odk", "submission_id: [\"KEY\"]");
        assertTool("google-forms/Kobo Test.csv", "google", "format: \"yyyy/MM/dd h:mm:ss a z\"");
        assertTool(
                "kobotoolbox/Meeting_Form_-_latest_version_-_False_-_2024-03-14-09-51-14.xlsx", "kobo", "format: xlsx");
    }

    @Test
    void recognisesLimeSurveyAndSurveyMonkeyAndMatchesQuestionsByCodeOrLabel() throws IOException {
        Path lime = temp.resolve("results-survey123.csv");
        Files.write(
                lime,
                ("\uFEFF\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";\"seed\";\"token\";\"sd_integration\";\"employees\"\r\n"
                                + "\"1\";\"2025-06-01 10:00:00\";\"3\";\"nl\";\"123\";\"abc\";\"1\";\"2\"\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        Path monkey = temp.resolve("Sheet_1.csv");
        Files.writeString(
                monkey,
                "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,"
                        + "Custom Data 1,Number of employees\r\n,,,,,,,,,Response\r\n1,2,06/01/2025 10:00:00 AM,06/01/2025 10:05:00 AM,,,,,P-1,3\r\n");

        String limeDraft = Ingest.suggestMapping(lime);
        String monkeyDraft = Ingest.suggestMapping(monkey);

        assertThat(limeDraft)
                .contains(
                        "tool: limesurvey",
                        "separator: \";\"",
                        "participant_id: {column: \"token\"}",
                        "sd_integration: {column: \"sd_integration\"}",
                        "employees: {column: \"employees\"}");
        assertThat(monkeyDraft)
                .contains(
                        "tool: surveymonkey",
                        "header_rows: 2",
                        "participant_id: {column: \"Custom Data 1\"}",
                        "employees: {column: \"Number of employees\"}");
    }

    @Test
    void anUnknownExportGetsPlaceholdersAndTheDraftLoadsOnceTheyAreFilled() throws IOException {
        Path export = temp.resolve("export.csv");
        Files.writeString(export, "who,when,Satisfaction with the programme\nP-1,2025-01-01T10:00:00Z,4\n");

        String draft = Ingest.suggestMapping(export);

        assertThat(draft)
                .contains(
                        "tool: " + MappingSuggestion.CHOOSE,
                        "satisfaction: {column: \"Satisfaction with the programme\"}");
        String filled = draft.replace("tool: <choose>", "tool: kobo")
                .replace("submission_id: [\"<choose>\"]", "submission_id: [who]")
                .replace("participant_id: {column: \"<choose>\"}", "participant_id: {column: who}")
                .replace("edition_id: {value: \"<choose>\"}", "edition_id: {value: E01}")
                .replace("wave: {value: \"<choose>\"}", "wave: {value: W1}")
                .replace("submitted_at: {column: \"<choose>\"}", "submitted_at: {column: when}");
        Mapping mapping = MappingLoader.load(
                new ByteArrayInputStream(filled.getBytes(StandardCharsets.UTF_8)),
                "filled.yaml",
                InstrumentLoader.followup());
        assertThat(mapping.columns()).containsExactlyInAnyOrder("who", "when", "Satisfaction with the programme");
    }

    private static void assertTool(String sample, String tool, String expected) {
        String draft = Ingest.suggestMapping(SAMPLES.resolve(sample));
        assertThat(draft).as(sample).contains("tool: " + tool, expected);
        assertThat(List.of(draft.split("\n"))).as(sample).anyMatch(line -> line.startsWith("# Recognised as: " + tool));
    }
}
