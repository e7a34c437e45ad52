package io.longitude.ingest.corpus;

import static io.longitude.ingest.IngestErrorCode.DUPLICATE_ROW;
import static io.longitude.ingest.IngestErrorCode.INVALID_VALUE;
import static io.longitude.ingest.IngestErrorCode.MALFORMED_ROW;
import static io.longitude.ingest.IngestErrorCode.MISSING_VALUE;
import static io.longitude.ingest.IngestErrorCode.UNKNOWN_FORMAT;
import static io.longitude.ingest.IngestErrorCode.UNKNOWN_REFERENCE;
import static io.longitude.ingest.IngestErrorCode.UNKNOWN_WAVE;
import static io.longitude.ingest.IngestErrorCode.UNREADABLE_FILE;

import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.mapping.Mapping;
import io.longitude.ingest.mapping.MappingLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the malformed corpus: more than 150 inputs, each with what it must give. Rosters: edition E01 of programme p
 * with candidates P-1, P-2, P-3; edition E02 with P-4; session E01-S01.
 */
final class MalformedCorpus {
    static final String FOLLOWUP_HEADER =
            "participant_id,edition_id,wave,submitted_at,sd_awareness_1,sd_awareness_2,sd_awareness_3,"
                    + "sd_awareness_4,sd_awareness_5,sd_integration,sd_interest,business_status,business_launch_date,business_stop_date,"
                    + "employees,ties,new_contacts,satisfaction,good_practice_speaker";
    static final List<String> COLUMNS = List.of(FOLLOWUP_HEADER.split(","));
    static final String GOOD_ROW =
            "P-1,E01,W2,2024-09-01T10:00:00+02:00,3,4,3,5,2,1,,launched,2024-05-01,,2,P-2:joint_project,3,,";
    private static final String MAPPING = """
            tool: kobo
            form: corpus
            format: %s
            submission_id: [_uuid]
            participant_id: {column: code}
            edition_id: {value: E01}
            wave: {value: W1}
            submitted_at: {column: when, format: "yyyy-MM-dd HH:mm", zone: Europe/Brussels}
            questions:
              sd_integration: {column: level, values: {none: "0", general: "1", core: "2"}}
            """;

    private final Path folder;
    private final List<MalformedInput> inputs = new ArrayList<>();

    private MalformedCorpus(Path folder) {
        this.folder = folder;
    }

    static List<MalformedInput> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        MalformedCorpus corpus = new MalformedCorpus(folder);
        corpus.answers();
        corpus.keys();
        corpus.rows();
        corpus.encodings();
        corpus.structure();
        corpus.rosters();
        corpus.workbooks();
        corpus.mapped();
        return List.copyOf(corpus.inputs);
    }

    private void answers() throws IOException {
        Map<String, List<String>> bad = new java.util.LinkedHashMap<>();
        for (int item = 1; item <= 5; item++) {
            bad.put("sd_awareness_" + item, List.of("0", "6", "3.5", "abc", "-1", "5.0", "1e1"));
        }
        bad.put("sd_integration", List.of("3", "-1", "1.0", "two", "0x1"));
        bad.put("sd_interest", List.of("4", "-1", "x"));
        bad.put("business_status", List.of("closed", "launch", "1"));
        bad.put(
                "business_launch_date",
                List.of("2024-02-30", "2024-13-01", "31/12/2024", "yesterday", "2024-1-1", "20240101"));
        bad.put(
                "business_stop_date",
                List.of("2023-02-29", "2024-00-10", "12/31/2024", "soon", "2024/01/01", "2024-01-01T25:00"));
        bad.put("employees", List.of("-1", "1e3", "many", "100001", "2147483648"));
        bad.put("new_contacts", List.of("-3", "ten", "10001"));
        bad.put("good_practice_speaker", List.of("maybe", "2", "ja"));
        bad.put("ties", List.of("P-2", "P-2:friend", "P-1:referral", "P-9:referral", ":referral", "P-2:"));
        for (Map.Entry<String, List<String>> question : bad.entrySet()) {
            for (String value : question.getValue()) {
                String field = question.getKey();
                IngestErrorCode code =
                        field.equals("ties") && value.startsWith("P-9") ? UNKNOWN_REFERENCE : INVALID_VALUE;
                followup(field + "=" + value, withValue(field, value), Expectation.quarantined(code, field));
            }
        }
        followup(
                "satisfaction=0 at W1",
                withValue(withValue(GOOD_ROW, "wave", "W1"), "satisfaction", "0"),
                Expectation.quarantined(INVALID_VALUE, "satisfaction"));
        followup(
                "satisfaction=6 at W1",
                withValue(withValue(GOOD_ROW, "wave", "W1"), "satisfaction", "6"),
                Expectation.quarantined(INVALID_VALUE, "satisfaction"));
        followup(
                "satisfaction asked only in W1",
                withValue("satisfaction", "4"),
                Expectation.quarantined(INVALID_VALUE, "satisfaction"));
    }

    private String withValue(String field, String value) {
        return withValue(GOOD_ROW, field, value);
    }

    private static String withValue(String row, String field, String value) {
        List<String> cells = new ArrayList<>(List.of(row.split(",", -1)));
        cells.set(
                COLUMNS.indexOf(field),
                value.contains(",") || value.contains("\"") || value.contains("\n")
                        ? "\"" + value.replace("\"", "\"\"") + "\""
                        : value);
        return String.join(",", cells);
    }

    private void keys() throws IOException {
        followup(
                "participant empty",
                withValue("participant_id", ""),
                Expectation.quarantined(MISSING_VALUE, "participant_id"));
        followup(
                "participant unknown",
                withValue("participant_id", "P-9"),
                Expectation.quarantined(UNKNOWN_REFERENCE, "participant_id"));
        followup(
                "participant of another edition",
                withValue("participant_id", "P-4"),
                Expectation.quarantined(UNKNOWN_REFERENCE, "participant_id"));
        followup(
                "participant with NUL byte",
                withValue("participant_id", "P-\u00001"),
                Expectation.quarantined(UNKNOWN_REFERENCE, "participant_id"));
        followup("edition empty", withValue("edition_id", ""), Expectation.quarantined(MISSING_VALUE, "edition_id"));
        followup(
                "edition unknown",
                withValue("edition_id", "E99"),
                Expectation.quarantined(UNKNOWN_REFERENCE, "edition_id"));
        followup("wave empty", withValue("wave", ""), Expectation.quarantined(MISSING_VALUE, "wave"));
        for (String wave : List.of("W5", "w1", "Wave1", "W-1", "W10", "W 1")) {
            followup("wave " + wave, withValue("wave", wave), Expectation.quarantined(UNKNOWN_WAVE, "wave"));
        }
        for (String time : List.of(
                "2024-01-01", "2024-01-01 10:00", "01/02/2024 10:00", "2024-01-01T25:00:00Z", "2024-09-01T10:00:00")) {
            followup(
                    "submitted_at " + time,
                    withValue("submitted_at", time),
                    Expectation.quarantined(INVALID_VALUE, "submitted_at"));
        }
        followup(
                "two submissions in one wave",
                GOOD_ROW + "\n" + GOOD_ROW,
                Expectation.quarantined(DUPLICATE_ROW, "participant_key+edition_id+wave"));
        followup(
                "two different submissions in one wave",
                GOOD_ROW + "\n" + withValue("sd_integration", "2"),
                Expectation.quarantined(DUPLICATE_ROW, "participant_key+edition_id+wave"));
        followup(
                "three submissions in one wave",
                GOOD_ROW + "\n" + GOOD_ROW + "\n" + GOOD_ROW,
                Expectation.quarantined(DUPLICATE_ROW, "participant_key+edition_id+wave"));
    }

    private void rows() throws IOException {
        followup(
                "one field too few",
                GOOD_ROW.substring(0, GOOD_ROW.lastIndexOf(',')),
                Expectation.quarantined(MALFORMED_ROW, ""));
        followup("one field too many", GOOD_ROW + ",", Expectation.quarantined(MALFORMED_ROW, ""));
        followup("two fields too many", GOOD_ROW + ",x,y", Expectation.quarantined(MALFORMED_ROW, ""));
        followup("a single field", "P-1", Expectation.quarantined(MALFORMED_ROW, ""));
        followup(
                "semicolons instead of commas", GOOD_ROW.replace(',', ';'), Expectation.quarantined(MALFORMED_ROW, ""));
        followup("unbalanced quote at the end", GOOD_ROW + "\n\"P-2,E01,W2", Expectation.quarantinedOrRejected());
        followup(
                "quote inside an unquoted field",
                withValue(GOOD_ROW, "business_status", "la\"unched").replace("\"la\"\"unched\"", "la\"unched"),
                Expectation.quarantinedOrRejected());
        followup(
                "characters after a closing quote",
                GOOD_ROW.replace("launched", "\"launched\"x"),
                Expectation.quarantinedOrRejected());
        followup(
                "quoted newline in a code",
                withValue("business_status", "laun\nched"),
                Expectation.quarantined(INVALID_VALUE, "business_status"));
    }

    private void encodings() throws IOException {
        byte[][] invalid = {
            {(byte) 0x80},
            {(byte) 0xC3, 0x28},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xFF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}
        };
        for (int index = 0; index < invalid.length; index++) {
            byte[] head = (FOLLOWUP_HEADER + "\n" + GOOD_ROW.replace("launched", "")).getBytes(StandardCharsets.UTF_8);
            byte[] bytes = java.util.Arrays.copyOf(head, head.length + invalid[index].length + 1);
            System.arraycopy(invalid[index], 0, bytes, head.length, invalid[index].length);
            bytes[bytes.length - 1] = '\n';
            bytes(
                    String.format("invalid UTF-8 %d", index + 1),
                    "csv",
                    bytes,
                    Optional.empty(),
                    Expectation.rejected(UNREADABLE_FILE));
        }
        bytes(
                "windows-1252 read as UTF-8",
                "csv",
                (FOLLOWUP_HEADER + "\n" + withValue("business_status", "caf\u00e9"))
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")),
                Optional.empty(),
                Expectation.rejected(UNREADABLE_FILE));
        bytes(
                "UTF-16 without byte-order mark",
                "csv",
                (FOLLOWUP_HEADER + "\n" + GOOD_ROW).getBytes(StandardCharsets.UTF_16LE),
                Optional.empty(),
                Expectation.rejected(UNKNOWN_FORMAT));
        byte[] utf16 = (FOLLOWUP_HEADER + "\n" + GOOD_ROW + "\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[utf16.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withMark, 2, utf16.length);
        bytes("UTF-16LE with byte-order mark is fine", "csv", withMark, Optional.empty(), Expectation.accepted());
        bytes(
                "NUL bytes in the header",
                "csv",
                (FOLLOWUP_HEADER.replace("wave", "wa\u0000ve") + "\n" + GOOD_ROW).getBytes(StandardCharsets.UTF_8),
                Optional.empty(),
                Expectation.rejected(UNKNOWN_FORMAT));
        bytes("only NUL bytes", "csv", new byte[4096], Optional.empty(), Expectation.rejected(UNKNOWN_FORMAT));
    }

    private void structure() throws IOException {
        text("empty file", "", Expectation.rejected(UNKNOWN_FORMAT));
        text("blank lines only", "\n\n\r\n\n", Expectation.rejected(UNKNOWN_FORMAT));
        text("byte-order mark only", "\uFEFF", Expectation.rejected(UNKNOWN_FORMAT));
        text("header only is an empty batch", FOLLOWUP_HEADER + "\n", Expectation.accepted());
        text(
                "duplicate header",
                FOLLOWUP_HEADER + ",wave\n" + GOOD_ROW + ",W2\n",
                Expectation.rejected(UNKNOWN_FORMAT));
        text(
                "duplicate key header",
                FOLLOWUP_HEADER.replace("edition_id", "participant_id") + "\n" + GOOD_ROW + "\n",
                Expectation.rejected(UNKNOWN_FORMAT));
        text("unknown header", "respondent,score\nx,1\n", Expectation.rejected(UNKNOWN_FORMAT));
        text(
                "misspelt column",
                FOLLOWUP_HEADER.replace("sd_interest", "sd_intrest") + "\n" + GOOD_ROW + "\n",
                Expectation.rejected(UNKNOWN_FORMAT));
        text(
                "extra unknown column",
                FOLLOWUP_HEADER + ",notes\n" + GOOD_ROW + ",hi\n",
                Expectation.rejected(UNKNOWN_FORMAT));
        text(
                "header without line end, data on the same line",
                FOLLOWUP_HEADER + "," + GOOD_ROW,
                Expectation.rejected(UNKNOWN_FORMAT));
        StringBuilder wide = new StringBuilder("participant_id,edition_id,wave,submitted_at");
        for (int column = 0; column < 100_000; column++) {
            wide.append(",c").append(column);
        }
        text("100000 columns", wide + "\n", Expectation.rejected(UNREADABLE_FILE));
        Path huge = folder.resolve("a 50 MB field.csv");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write((FOLLOWUP_HEADER + "\n" + "P-1,E01,W2,2024-09-01T10:00:00+02:00,3,4,3,5,2,1,,")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int megabyte = 0; megabyte < 50; megabyte++) {
                out.write(chunk);
            }
            out.write(",2024-05-01,,2,,3,,\n".getBytes(StandardCharsets.UTF_8));
        }
        inputs.add(new MalformedInput("a 50 MB field", huge, Optional.empty(), Expectation.quarantinedOrRejected()));
        Path longHeader = folder.resolve("a 50 MB header line.csv");
        try (OutputStream out = Files.newOutputStream(longHeader)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'h');
            for (int megabyte = 0; megabyte < 50; megabyte++) {
                out.write(chunk);
            }
        }
        inputs.add(new MalformedInput(
                "a 50 MB header line", longHeader, Optional.empty(), Expectation.rejected(UNREADABLE_FILE)));
    }

    private void rosters() throws IOException {
        String participants =
                "participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band\n";
        String good = "P-7,Name,e@example.org,,p,E01,candidate,D1,enrolled,2024-01-01,food,f,25-34";
        String[][] badParticipants = {
            {"role", "6", "mentor"},
            {"status", "8", "graduated"},
            {"gender", "11", "female"},
            {"age_band", "12", "25-35"},
            {"intake_date", "9", "01/01/2024"},
            {"edition_id", "5", "E99"},
            {"programme_id", "4", "q"}
        };
        for (String[] bad : badParticipants) {
            List<String> cells = new ArrayList<>(List.of(good.split(",", -1)));
            cells.set(Integer.parseInt(bad[1]), bad[2]);
            IngestErrorCode code = bad[0].equals("edition_id") ? UNKNOWN_REFERENCE : INVALID_VALUE;
            text(
                    "participants " + bad[0] + "=" + bad[2],
                    participants + String.join(",", cells) + "\n",
                    Expectation.quarantined(code, bad[0]));
        }
        text(
                "participants without id",
                participants + good.replace("P-7", "") + "\n",
                Expectation.quarantined(MISSING_VALUE, "participant_id"));
        String editions = "programme_id,edition_id,number,start_date,end_date,target_group,funder_id\n";
        text(
                "edition ends before it starts",
                editions + "p,E05,5,2024-05-01,2024-04-01,,\n",
                Expectation.quarantined(INVALID_VALUE, "end_date"));
        text(
                "edition number 0",
                editions + "p,E05,0,2024-05-01,2024-06-01,,\n",
                Expectation.quarantined(INVALID_VALUE, "number"));
        text(
                "edition number not a number",
                editions + "p,E05,five,2024-05-01,2024-06-01,,\n",
                Expectation.quarantined(INVALID_VALUE, "number"));
        text(
                "edition start date invalid",
                editions + "p,E05,5,2024-02-31,2024-06-01,,\n",
                Expectation.quarantined(INVALID_VALUE, "start_date"));
        String sessions = "session_id,edition_id,date,kind,theme\n";
        text(
                "session kind unknown",
                sessions + "E01-S09,E01,2024-01-10,LECTURE,x\n",
                Expectation.quarantined(INVALID_VALUE, "kind"));
        text(
                "session of an unknown edition",
                sessions + "E09-S01,E09,2024-01-10,THEMATIC,x\n",
                Expectation.quarantined(UNKNOWN_REFERENCE, "edition_id"));
        text(
                "attendance of an unknown session",
                "session_id,participant_id\nE01-S99,P-1\n",
                Expectation.quarantined(UNKNOWN_REFERENCE, "session_id"));
        text(
                "attendance of someone not enrolled",
                "session_id,participant_id\nE01-S01,P-4\n",
                Expectation.quarantined(UNKNOWN_REFERENCE, "participant_id"));
        String assessments = "participant_id,edition_id,wave,sd_integration,assessed_at\n";
        text(
                "assessment level 3",
                assessments + "P-1,E01,W0,3,2024-01-10\n",
                Expectation.quarantined(INVALID_VALUE, "sd_integration"));
        text(
                "assessment wave W9",
                assessments + "P-1,E01,W9,1,2024-01-10\n",
                Expectation.quarantined(UNKNOWN_WAVE, "wave"));
        text(
                "assessment date invalid",
                assessments + "P-1,E01,W0,1,10-01-2024\n",
                Expectation.quarantined(INVALID_VALUE, "assessed_at"));
    }

    private void workbooks() throws IOException {
        Optional<Mapping> xlsx = Optional.of(mapping("xlsx"));
        String[] header = {"code", "when", "level", "_uuid"};
        Path good = folder.resolve("a valid workbook.xlsx");
        Workbooks.write(good, Workbooks.sheet("", header, new String[] {"P-1", "2024-03-20 10:00", "general", "u1"}));
        inputs.add(new MalformedInput("a valid workbook", good, xlsx, Expectation.accepted()));
        Path badLevel = folder.resolve("workbook with a bad level.xlsx");
        Workbooks.write(badLevel, Workbooks.sheet("", header, new String[] {"P-1", "2024-03-20 10:00", "very", "u1"}));
        inputs.add(new MalformedInput(
                "workbook with a bad level", badLevel, xlsx, Expectation.quarantined(INVALID_VALUE, "sd_integration")));
        Path entity = folder.resolve("workbook with an external entity.xlsx");
        Workbooks.write(
                entity,
                Workbooks.sheet(
                        "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>",
                        header,
                        new String[] {"&secret;", "2024-03-20 10:00", "general", "u1"}));
        inputs.add(new MalformedInput(
                "workbook with an external entity", entity, xlsx, Expectation.rejected(UNREADABLE_FILE)));
        Path laughs = folder.resolve("workbook with a billion laughs.xlsx");
        StringBuilder doctype = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"lol\">");
        for (int level = 1; level < 10; level++) {
            doctype.append("<!ENTITY l")
                    .append(level)
                    .append(" \"")
                    .append(("&l" + (level - 1) + ";").repeat(10))
                    .append("\">");
        }
        Workbooks.write(
                laughs,
                Workbooks.sheet(doctype + "]>", header, new String[] {"&l9;", "2024-03-20 10:00", "general", "u1"}));
        inputs.add(new MalformedInput(
                "workbook with a billion laughs", laughs, xlsx, Expectation.rejected(UNREADABLE_FILE)));
        Path bomb = folder.resolve("zip bomb.xlsx");
        Workbooks.zipBomb(bomb, 200);
        inputs.add(new MalformedInput("zip bomb", bomb, xlsx, Expectation.rejected(UNREADABLE_FILE)));
        byte[] ole2 = new byte[4096];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, ole2, 0, signature.length);
        bytes("encrypted workbook (OLE2 container)", "xlsx", ole2, xlsx, Expectation.rejected(UNREADABLE_FILE));
        byte[] valid = Files.readAllBytes(good);
        bytes(
                "truncated workbook",
                "xlsx",
                java.util.Arrays.copyOf(valid, valid.length / 2),
                xlsx,
                Expectation.rejected(UNREADABLE_FILE));
        bytes(
                "text named .xlsx",
                "xlsx",
                "code,when\n".getBytes(StandardCharsets.UTF_8),
                xlsx,
                Expectation.rejected(UNREADABLE_FILE));
        bytes(
                "empty zip named .xlsx",
                "xlsx",
                new byte[] {0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                xlsx,
                Expectation.rejected(UNREADABLE_FILE));
        Path noColumns = folder.resolve("workbook without the mapped columns.xlsx");
        Workbooks.write(noColumns, Workbooks.sheet("", new String[] {"name", "score"}, new String[] {"x", "1"}));
        inputs.add(new MalformedInput(
                "workbook without the mapped columns", noColumns, xlsx, Expectation.rejected(UNKNOWN_FORMAT)));
    }

    private void mapped() throws IOException {
        Optional<Mapping> csv = Optional.of(mapping("csv"));
        String header = "code;when;level;_uuid\n";
        bytes(
                "mapped export without the mapped columns",
                "csv",
                "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8),
                csv,
                Expectation.rejected(UNKNOWN_FORMAT));
        bytes(
                "mapped time not in the mapping's format",
                "csv",
                (header + "P-1;20/03/2024;general;u1\n").getBytes(StandardCharsets.UTF_8),
                csv,
                Expectation.quarantined(INVALID_VALUE, "when"));
        bytes(
                "mapped value not recoded and invalid",
                "csv",
                (header + "P-1;2024-03-20 10:00;very;u1\n").getBytes(StandardCharsets.UTF_8),
                csv,
                Expectation.quarantined(INVALID_VALUE, "sd_integration"));
        bytes(
                "mapped export of an unknown participant",
                "csv",
                (header + "Q-1;2024-03-20 10:00;core;u1\n").getBytes(StandardCharsets.UTF_8),
                csv,
                Expectation.quarantined(UNKNOWN_REFERENCE, "participant_id"));
        bytes(
                "mapped export, header only, no data",
                "csv",
                header.getBytes(StandardCharsets.UTF_8),
                csv,
                Expectation.accepted());
    }

    private static Mapping mapping(String format) {
        return MappingLoader.load(
                new ByteArrayInputStream(String.format(MAPPING, format).getBytes(StandardCharsets.UTF_8)),
                "corpus-" + format + ".yaml",
                InstrumentLoader.followup());
    }

    private void followup(String name, String rows, Expectation expectation) throws IOException {
        text(name, FOLLOWUP_HEADER + "\n" + rows + "\n", expectation);
    }

    private void text(String name, String content, Expectation expectation) throws IOException {
        bytes(name, "csv", content.getBytes(StandardCharsets.UTF_8), Optional.empty(), expectation);
    }

    private void bytes(
            String name, String extension, byte[] content, Optional<Mapping> mapping, Expectation expectation)
            throws IOException {
        Path file = folder.resolve(
                String.format("%03d-%s.%s", inputs.size() + 1, name.replaceAll("[^A-Za-z0-9._=-]+", "_"), extension));
        Files.write(file, content);
        inputs.add(new MalformedInput(name, file, mapping, expectation));
    }
}
