package io.longitude.ingest.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.Question;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes canonical follow-up rows in the shape a survey tool exports them: its separator, quoting, byte-order mark,
 * header rows, metadata columns, column names, time formats and answer codes or labels (docs/formats.md).
 */
final class ToolExportWriter implements AutoCloseable {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter GOOGLE =
            DateTimeFormatter.ofPattern("yyyy/MM/dd h:mm:ss a z", Locale.ENGLISH);
    private static final DateTimeFormatter MONKEY = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm:ss a", Locale.ENGLISH);
    /** LimeSurvey question codes are letters and digits only. */
    static final Map<String, String> LIMESURVEY_CODES = Map.ofEntries(
            Map.entry("sd_awareness_1", "SDaware1"),
            Map.entry("sd_awareness_2", "SDaware2"),
            Map.entry("sd_awareness_3", "SDaware3"),
            Map.entry("sd_awareness_4", "SDaware4"),
            Map.entry("sd_awareness_5", "SDaware5"),
            Map.entry("sd_integration", "SDint"),
            Map.entry("sd_interest", "SDinterest"),
            Map.entry("business_status", "BUSstatus"),
            Map.entry("business_launch_date", "BUSlaunch"),
            Map.entry("business_stop_date", "BUSstop"),
            Map.entry("employees", "EMP"),
            Map.entry("ties", "TIES"),
            Map.entry("new_contacts", "CONTACTS"),
            Map.entry("satisfaction", "SAT"),
            Map.entry("good_practice_speaker", "SPEAKER"));

    static final List<String> BUSINESS = List.of("idea", "preparing", "launched", "stopped");

    private final ExportFormat format;
    private final Instrument instrument;
    private final List<String> codes;
    private final OutputStream output;
    private final CsvWriter csv;
    private long rows;

    ToolExportWriter(ExportFormat format, Path file, Instrument instrument) throws IOException {
        this.format = format;
        this.instrument = instrument;
        this.codes = instrument.codes();
        this.output = Files.newOutputStream(file);
        if (format == ExportFormat.LIMESURVEY) {
            output.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        boolean quoteAll = format == ExportFormat.KOBO || format == ExportFormat.LIMESURVEY;
        CsvWriter.CsvWriterBuilder builder = CsvWriter.builder()
                .fieldSeparator(format == ExportFormat.KOBO || format == ExportFormat.LIMESURVEY ? ';' : ',')
                .lineDelimiter(format == ExportFormat.ODK ? LineDelimiter.LF : LineDelimiter.CRLF);
        if (quoteAll) {
            builder.quoteStrategy(QuoteStrategies.ALWAYS);
        }
        this.csv = builder.build(output, StandardCharsets.UTF_8);
        header();
    }

    private void header() {
        switch (format) {
            case KOBO ->
                csv.writeRecord(concat(
                        List.of("start", "end", "participant_code", "edition", "wave"),
                        prefixed("followup/"),
                        List.of("_id", "_uuid", "_submission_time", "_validation_status", "_status", "_index")));
            case ODK ->
                csv.writeRecord(concat(
                        List.of("SubmissionDate", "meta-instanceID", "participant_code", "edition", "wave"),
                        prefixed("followup-"),
                        List.of("KEY", "SubmitterID", "SubmitterName", "Status", "ReviewState")));
            case LIMESURVEY ->
                csv.writeRecord(concat(
                        List.of(
                                "id",
                                "submitdate",
                                "lastpage",
                                "startlanguage",
                                "seed",
                                "token",
                                "attribute_1",
                                "attribute_2"),
                        codes.stream().map(LIMESURVEY_CODES::get).toList(),
                        List.of()));
            case QUALTRICS -> {
                List<String> meta = List.of(
                        "StartDate",
                        "EndDate",
                        "Status",
                        "Progress",
                        "Finished",
                        "RecordedDate",
                        "ResponseId",
                        "ExternalReference",
                        "edition",
                        "wave");
                csv.writeRecord(concat(meta, qualtricsIds(), List.of()));
                csv.writeRecord(concat(
                        List.of(
                                "Start Date",
                                "End Date",
                                "Response Type",
                                "Progress",
                                "Finished",
                                "Recorded Date",
                                "Response ID",
                                "External Data Reference",
                                "edition",
                                "wave"),
                        labels(),
                        List.of()));
                List<String> imports = new ArrayList<>();
                meta.forEach(name -> imports.add("{\"ImportId\":\"" + name + "\"}"));
                for (int index = 0; index < codes.size(); index++) {
                    imports.add("{\"ImportId\":\"QID" + (index + 1) + "\"}");
                }
                csv.writeRecord(imports);
            }
            case REDCAP ->
                csv.writeRecord(concat(
                        List.of("record_id", "redcap_event_name", "edition", "followup_timestamp"),
                        codes,
                        List.of("followup_complete")));
            case GOOGLE ->
                csv.writeRecord(
                        concat(List.of("Timestamp", "Participant code", "Edition", "Wave"), labels(), List.of()));
            case SURVEYMONKEY -> {
                csv.writeRecord(concat(
                        List.of(
                                "Respondent ID",
                                "Collector ID",
                                "Start Date",
                                "End Date",
                                "IP Address",
                                "Email Address",
                                "First Name",
                                "Last Name",
                                "Custom Data 1",
                                "Edition",
                                "Wave"),
                        labels(),
                        List.of()));
                List<String> second =
                        new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", "Response", "Response"));
                codes.forEach(code -> second.add("Response"));
                csv.writeRecord(second);
            }
            case CANONICAL -> throw new IllegalArgumentException("Canonical exports are written without a tool writer");
        }
    }

    /** Writes one canonical row (participant_id, edition_id, wave, submitted_at, then the question codes). */
    void write(String[] row) {
        rows++;
        String participant = row[0];
        String edition = row[1];
        String wave = row[2];
        OffsetDateTime submitted = OffsetDateTime.parse(row[3]);
        String uuid = UUID.nameUUIDFromBytes(
                        (participant + "|" + edition + "|" + wave).getBytes(StandardCharsets.UTF_8))
                .toString();
        List<String> answers = new ArrayList<>();
        for (int index = 0; index < codes.size(); index++) {
            answers.add(answer(codes.get(index), row[4 + index]));
        }
        String utc = UTC.format(submitted.withOffsetSameInstant(ZoneOffset.UTC));
        String local = LOCAL.format(submitted.atZoneSameInstant(BRUSSELS));
        switch (format) {
            case KOBO ->
                csv.writeRecord(concat(
                        List.of(row[3], row[3], participant, edition, wave),
                        answers,
                        List.of(Long.toString(rows), uuid, utc, "", "submitted_via_web", Long.toString(rows))));
            case ODK ->
                csv.writeRecord(concat(
                        List.of(utc + ".000Z", "uuid:" + uuid, participant, edition, wave),
                        answers,
                        List.of("uuid:" + uuid, "7", "enumerator", "", "")));
            case LIMESURVEY ->
                csv.writeRecord(concat(
                        List.of(
                                Long.toString(rows),
                                local,
                                "4",
                                "nl",
                                Long.toString(1000 + rows),
                                participant,
                                edition,
                                wave),
                        answers,
                        List.of()));
            case QUALTRICS ->
                csv.writeRecord(concat(
                        List.of(
                                local,
                                local,
                                "0",
                                "100",
                                "1",
                                local,
                                "R_" + uuid.replace("-", "").substring(0, 15),
                                participant,
                                edition,
                                wave),
                        answers,
                        List.of()));
            case REDCAP ->
                csv.writeRecord(concat(
                        List.of(
                                participant,
                                wave.toLowerCase(Locale.ROOT) + "_arm_" + Integer.parseInt(edition.substring(1)),
                                edition,
                                local),
                        answers,
                        List.of("2")));
            case GOOGLE ->
                csv.writeRecord(concat(
                        List.of(
                                GOOGLE.format(submitted.atZoneSameInstant(BRUSSELS))
                                        .replace("AM", "am")
                                        .replace("PM", "pm"),
                                participant,
                                edition,
                                wave),
                        answers,
                        List.of()));
            case SURVEYMONKEY ->
                csv.writeRecord(concat(
                        List.of(
                                Long.toString(110_000_000L + rows),
                                "4242",
                                MONKEY.format(submitted.atZoneSameInstant(BRUSSELS)),
                                MONKEY.format(submitted.atZoneSameInstant(BRUSSELS)),
                                "",
                                "",
                                "",
                                "",
                                participant,
                                edition,
                                wave),
                        answers,
                        List.of()));
            case CANONICAL -> throw new IllegalArgumentException("Canonical exports are written without a tool writer");
        }
    }

    /** An answer as the tool writes it: codes, recodes or labels; lists joined the tool's way. */
    private String answer(String code, String value) {
        if (value.isEmpty()) {
            return "";
        }
        Question question = instrument.question(code).orElseThrow();
        return switch (format) {
            case KOBO, ODK -> code.equals("ties") ? value.replace(';', ' ') : value;
            case LIMESURVEY ->
                switch (code) {
                    case "sd_integration", "sd_interest" -> "A" + value;
                    case "business_status" -> "A" + (BUSINESS.indexOf(value) + 1);
                    case "good_practice_speaker" -> value.equals("yes") ? "Y" : "N";
                    default -> value;
                };
            case QUALTRICS ->
                switch (code) {
                    case "sd_integration", "sd_interest" -> Integer.toString(Integer.parseInt(value) + 1);
                    case "business_status" -> Integer.toString(BUSINESS.indexOf(value) + 1);
                    case "good_practice_speaker" -> value.equals("yes") ? "1" : "2";
                    default -> value;
                };
            case GOOGLE, SURVEYMONKEY ->
                question.codeLabels().containsKey(value)
                        ? question.codeLabels().get(value).en()
                        : code.equals("good_practice_speaker") ? (value.equals("yes") ? "Yes" : "No") : value;
            default -> value;
        };
    }

    private List<String> prefixed(String prefix) {
        return codes.stream().map(code -> prefix + code).toList();
    }

    private List<String> qualtricsIds() {
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < codes.size(); index++) {
            ids.add("Q" + (index + 1));
        }
        return ids;
    }

    private List<String> labels() {
        return instrument.questions().stream()
                .map(question -> question.labels().en())
                .toList();
    }

    private static List<String> concat(List<String> first, List<String> second, List<String> third) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        return all;
    }

    @Override
    public void close() throws IOException {
        if (format == ExportFormat.LIMESURVEY) {
            csv.flush();
            output.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        csv.close();
        output.close();
    }
}
