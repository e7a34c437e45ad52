package io.longitude.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDemoProgrammeGenerator {
    private static final List<String> FILES = List.of(
            "editions.csv",
            "participants.csv",
            "sessions.csv",
            "attendance.csv",
            "assessments.csv",
            "followup-W0.csv",
            "followup-W1.csv",
            "followup-W2.csv",
            "followup-W3.csv",
            "followup-W4.csv",
            "staff-followup.csv",
            "truth.json");

    @TempDir
    Path temp;

    @Test
    void sameSeedSameBytesOtherSeedOtherFiles() throws IOException {
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(temp.resolve("a")));
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(temp.resolve("b")));
        DemoProgrammeGenerator.generate(new GeneratorConfig(temp.resolve("c"), 0, 3, 7, GeneratorConfig.DEFAULT_AS_OF));

        for (String file : FILES) {
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(file)));
        }
        assertThat(Files.readString(temp.resolve("c/followup-W1.csv")))
                .isNotEqualTo(Files.readString(temp.resolve("a/followup-W1.csv")));
    }

    @Test
    void defaultProgrammeHasThreeEditionsOfTenSessionsAndDecliningResponse() throws IOException {
        GeneratorSummary summary = DemoProgrammeGenerator.generate(GeneratorConfig.defaults(temp));

        assertThat(summary.editions()).isEqualTo(3);
        assertThat(summary.participants()).isBetween(75L, 120L);
        assertThat(lines("editions.csv")).hasSize(3);
        List<String> sessions = lines("sessions.csv");
        assertThat(sessions).hasSize(30);
        assertThat(sessions.stream().filter(line -> line.contains(",THEMATIC,")))
                .hasSize(18);
        assertThat(sessions.stream().filter(line -> line.contains(",BMC_WORKSHOP,")))
                .hasSize(12);
        List<String> participants = lines("participants.csv");
        assertThat(participants.stream().filter(line -> line.contains(",alumnus_speaker,")))
                .isNotEmpty();
        assertThat(participants.stream().filter(line -> line.contains(",referred,")))
                .isNotEmpty();
        assertThat(participants.stream()
                        .map(line -> line.split(",")[7])
                        .filter(desk -> desk.startsWith("desk-"))
                        .distinct())
                .hasSize(3);
        int w0 = lines("followup-W0.csv").size();
        int w4 = lines("followup-W4.csv").size();
        assertThat(w4).isLessThan(w0);
        assertThat(Files.readString(temp.resolve("truth.json")))
                .contains(
                        "\"attendance_effect_per_session\": 0.0300",
                        "\"response_probability_by_wave\": [0.9500, 0.8500, 0.7500, 0.6500, 0.5500]");
    }

    @Test
    void participantsAreSplitOverEditionsAndFutureWavesAreNotWritten() throws IOException {
        GeneratorSummary summary =
                DemoProgrammeGenerator.generate(new GeneratorConfig(temp, 1000, 4, 1, LocalDate.of(2023, 6, 1)));

        assertThat(summary.participants()).isEqualTo(1000);
        assertThat(lines("participants.csv").stream().filter(line -> line.contains(",candidate,")))
                .hasSize(1000);
        assertThat(lines("followup-W4.csv"))
                .as("no edition reaches +24 months by 2023-06-01")
                .isEmpty();
        assertThat(lines("followup-W0.csv")).isNotEmpty();
    }

    @Test
    void staffAreTwoCoachesAndAManagerInEveryEditionAnsweringTheStaffQuestionnaireWithUpwardDrift() throws IOException {
        DemoProgrammeGenerator.generate(
                new GeneratorConfig(temp, 0, 4, 11, GeneratorConfig.DEFAULT_AS_OF).withFormats(ExportFormat.MIXED));

        List<String> staff = lines("participants.csv").stream()
                .filter(line -> line.contains(",coach,") || line.contains(",manager,"))
                .toList();
        assertThat(staff).hasSize(12);
        assertThat(staff.stream().filter(line -> line.contains(",manager,"))).hasSize(4);
        assertThat(staff.stream().map(line -> line.split(",")[0]).distinct())
                .containsExactly("STAFF-C1", "STAFF-C2", "STAFF-M1");
        List<String> all = Files.readAllLines(temp.resolve(DemoProgrammeGenerator.STAFF_FOLLOWUP));
        assertThat(all.get(0))
                .isEqualTo("participant_id,edition_id,wave,submitted_at,"
                        + "staff_sd_in_support,staff_sd_confidence,staff_sd_tools,staff_sd_organisation");
        List<String> rows = all.subList(1, all.size());
        assertThat(rows).hasSizeGreaterThan(40).hasSizeLessThanOrEqualTo(60);
        double[] sum = new double[5];
        int[] count = new int[5];
        for (String row : rows) {
            String[] fields = row.split(",");
            assertThat(fields).hasSize(8);
            int wave = Integer.parseInt(fields[2].substring(1));
            for (int item = 4; item < 8; item++) {
                assertThat(Integer.parseInt(fields[item])).isBetween(1, 5);
                sum[wave] += Integer.parseInt(fields[item]);
                count[wave]++;
            }
        }
        double drift = (sum[4] / count[4] - sum[0] / count[0]) / 4;
        assertThat(drift).as("mean rise per wave").isBetween(0.15, 0.45);
        assertThat(Files.readString(temp.resolve("truth.json"))).contains("\"staff_item_drift_per_wave\": 0.3000");
        assertThat(temp.resolve("followup-W0-kobo.csv")).exists();
    }

    @Test
    void attendedSessionsGetFeedbackWhoseMeansPerKindAndEditionAreTheTruths() throws IOException {
        DemoProgrammeGenerator.generate(new GeneratorConfig(temp, 1500, 3, 5, GeneratorConfig.DEFAULT_AS_OF));

        long attended = lines("attendance.csv").size() - 1L;
        List<de.siegmar.fastcsv.reader.CsvRecord> records;
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder()
                .ofCsvRecord(temp.resolve(DemoProgrammeGenerator.SESSION_FEEDBACK))) {
            records = reader.stream().toList();
        }
        assertThat(records.get(0).getFields())
                .containsExactly(
                        "participant_id",
                        "session_id",
                        "submitted_at",
                        "feedback_usefulness",
                        "feedback_clarity",
                        "feedback_intention",
                        "feedback_recommend");
        List<de.siegmar.fastcsv.reader.CsvRecord> rows = records.subList(1, records.size());
        double response = (double) rows.size() / attended;
        assertThat(response).as("feedback per attended session").isCloseTo(0.7, within(4 * Math.sqrt(0.21 / attended)));
        String truth = Files.readString(temp.resolve("truth.json"));
        for (String kind : List.of("thematic", "bmc_workshop")) {
            List<Double> expected = numbers(truth, "expected_feedback_usefulness_" + kind + "_by_edition");
            for (int edition = 1; edition <= 3; edition++) {
                String prefix = "E0" + edition + "-S";
                java.util.function.Predicate<String> ofKind = session -> {
                    int number = Integer.parseInt(session.substring(session.length() - 2));
                    return kind.equals("bmc_workshop") == List.of(3, 6, 8, 10).contains(number);
                };
                List<Integer> answers = rows.stream()
                        .filter(row -> row.getField(1).startsWith(prefix) && ofKind.test(row.getField(1)))
                        .map(row -> Integer.parseInt(row.getField(3)))
                        .toList();
                double mean =
                        answers.stream().mapToInt(Integer::intValue).average().orElseThrow();
                // Answers of one participant share their level: twice the independent standard error covers that.
                double error = 2 * 0.9 / Math.sqrt(answers.size());
                assertThat(mean)
                        .as("usefulness of %s sessions in edition %d (%d answers)", kind, edition, answers.size())
                        .isCloseTo(expected.get(edition - 1), within(4 * error));
            }
        }
        assertThat(rows).allSatisfy(row -> assertThat(row.getField(6)).isIn("yes", "no"));
        assertThat(rows.stream().filter(row -> !row.getField(5).isEmpty()).count())
                .as("about half write what they will do")
                .isBetween(rows.size() / 3L, rows.size() * 2L / 3);
    }

    private static List<Double> numbers(String json, String field) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + field + "\": \\[([^\\]]*)\\]")
                .matcher(json);
        assertThat(matcher.find()).as(field).isTrue();
        return java.util.Arrays.stream(matcher.group(1).split(", "))
                .map(Double::valueOf)
                .toList();
    }

    @Test
    void staffWavesAfterTheAsOfDateAreNotWritten() throws IOException {
        DemoProgrammeGenerator.generate(new GeneratorConfig(temp, 60, 2, 3, LocalDate.of(2022, 4, 1)));

        assertThat(lines(DemoProgrammeGenerator.STAFF_FOLLOWUP))
                .isNotEmpty()
                .allSatisfy(line ->
                        assertThat(line).startsWith("STAFF-").contains(",E01,").containsAnyOf(",W0,", ",W1,"));
    }

    @Test
    void aShareOfReferredOnlyCandidatesAnswersWithoutTiesOrSatisfaction() throws IOException {
        DemoProgrammeGenerator.generate(new GeneratorConfig(temp, 600, 3, 9, GeneratorConfig.DEFAULT_AS_OF));

        java.util.Set<String> referred = new java.util.HashSet<>();
        for (String line : lines("participants.csv")) {
            String[] fields = line.split(",");
            if (fields[8].equals("referred")) {
                referred.add(fields[0]);
            }
        }
        java.util.Set<String> answering = new java.util.HashSet<>();
        int satisfactionColumn = CanonicalColumns.FOLLOWUP_KEYS.size()
                + io.longitude.core.instrument.InstrumentLoader.followup()
                        .codes()
                        .indexOf("satisfaction");
        int tiesColumn = CanonicalColumns.FOLLOWUP_KEYS.size()
                + io.longitude.core.instrument.InstrumentLoader.followup()
                        .codes()
                        .indexOf("ties");
        for (int wave = 0; wave <= 4; wave++) {
            for (String line : lines("followup-W" + wave + ".csv")) {
                String[] fields = line.split(",", -1);
                if (referred.contains(fields[0])) {
                    answering.add(fields[0]);
                    assertThat(fields[tiesColumn]).as(line).isEmpty();
                    assertThat(fields[satisfactionColumn]).as(line).isEmpty();
                }
            }
        }
        assertThat(referred).hasSizeGreaterThan(50);
        assertThat((double) answering.size() / referred.size())
                .as("at least one answer from ~70%% of them")
                .isBetween(0.55, 0.8);
        String truth = Files.readString(temp.resolve("truth.json"));
        assertThat(truth)
                .contains(
                        "\"comparison_response_share\": 0.7000",
                        "\"comparison_attended_sessions\": 0",
                        "\"programme_effect_on_up_probability_w1\": ",
                        "\"did_true_mean_level_by_wave\": [0.0000, ");
    }

    @Test
    void editionsTargetTheConfiguredProfessionsInTurn() throws IOException {
        DemoProgrammeGenerator.generate(new GeneratorConfig(temp, 60, 3, 7, GeneratorConfig.DEFAULT_AS_OF)
                .withTargetGroups(List.of("care professions", "hospitality")));

        assertThat(lines("editions.csv"))
                .extracting(line -> line.split(",")[5])
                .containsExactly("care professions", "hospitality", "care professions");
        assertThatThrownBy(() -> GeneratorConfig.defaults(temp).withTargetGroups(List.of()))
                .hasMessageContaining("target groups must be named");
    }

    @Test
    void aSecondProgrammeHasItsOwnEditionsFunderAndPrefixedSourceIds() throws IOException {
        ProgrammeNames ghent = ProgrammeNames.of("ghent-crafts", "G").withFunder("funder-flanders");
        DemoProgrammeGenerator.generate(
                new GeneratorConfig(temp, 40, 2, 7, GeneratorConfig.DEFAULT_AS_OF).withProgramme(ghent));

        assertThat(lines("editions.csv"))
                .hasSize(2)
                .allSatisfy(
                        line -> assertThat(line).startsWith("ghent-crafts,G0").endsWith(",funder-flanders"));
        assertThat(lines("sessions.csv"))
                .allSatisfy(line -> assertThat(line).startsWith("G0").contains(",G0"));
        assertThat(lines("participants.csv"))
                .allSatisfy(line -> assertThat(line).startsWith("G-").contains(",ghent-crafts,G0"));
        assertThat(lines("participants.csv").stream()
                        .map(line -> line.split(",")[0])
                        .filter(id -> id.contains("STAFF"))
                        .distinct())
                .containsExactly("G-STAFF-C1", "G-STAFF-C2", "G-STAFF-M1");
        assertThat(lines("attendance.csv"))
                .allSatisfy(line -> assertThat(line).matches("G0\\d-S\\d\\d,G-P0\\d-\\d{6}"));
        int tiesColumn = CanonicalColumns.FOLLOWUP_KEYS.size()
                + io.longitude.core.instrument.InstrumentLoader.followup()
                        .codes()
                        .indexOf("ties");
        List<String> ties = new java.util.ArrayList<>();
        for (int wave = 0; wave <= 4; wave++) {
            for (String line : lines("followup-W" + wave + ".csv")) {
                String[] fields = line.split(",", -1);
                assertThat(fields[0]).startsWith("G-P0");
                assertThat(fields[1]).startsWith("G0");
                if (!fields[tiesColumn].isEmpty()) {
                    ties.addAll(List.of(fields[tiesColumn].split(";")));
                }
            }
        }
        assertThat(ties).isNotEmpty().allSatisfy(tie -> assertThat(tie).startsWith("G-P0"));
        assertThat(lines(DemoProgrammeGenerator.STAFF_FOLLOWUP))
                .allSatisfy(line -> assertThat(line).startsWith("G-STAFF-"));
    }

    @Test
    void theDemosOwnNamesGiveTheDemo() {
        assertThat(ProgrammeNames.of(DemoProgrammeGenerator.PROGRAMME_ID, "E")).isSameAs(ProgrammeNames.DEMO);
        assertThat(GeneratorConfig.defaults(temp).programme()).isEqualTo(ProgrammeNames.DEMO);
        assertThat(ProgrammeNames.DEMO.participantId(1, 3)).isEqualTo("P01-000003");
        assertThat(ProgrammeNames.DEMO.editionId(2)).isEqualTo("E02");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProgrammeNames.of("x", "g1"))
                .hasMessageContaining("Cannot name editions");
    }

    private List<String> lines(String file) throws IOException {
        List<String> lines = Files.readAllLines(temp.resolve(file));
        return lines.subList(1, lines.size());
    }

    /**
     * The simulation study's programmes: attrition, comparison-group share and missing answers drawn from the seed
     * within their ranges, written to truth.json, and the files follow them; the standard truth is unchanged.
     */
    @Test
    void variedProgrammesDrawTheirAttritionComparisonShareAndMissingAnswersFromTheSeed() throws IOException {
        ProgrammeTruth standard = ProgrammeTruth.standard(5, 3);
        assertThat(standard.itemMissingShare()).isZero();
        assertThat(standard.responseProbability()).containsExactly(0.95, 0.85, 0.75, 0.65, 0.55);
        List<ProgrammeTruth> varied = java.util.stream.LongStream.range(0, 50)
                .mapToObj(seed -> ProgrammeTruth.varied(seed, 3))
                .toList();
        for (ProgrammeTruth truth : varied) {
            double drop = truth.responseProbability().get(0)
                    - truth.responseProbability().get(1);
            assertThat(drop).isBetween(ProgrammeTruth.ATTRITION_LOW, ProgrammeTruth.ATTRITION_HIGH);
            assertThat(truth.responseProbability().get(4))
                    .isCloseTo(0.95 - 4 * drop, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(truth.referredOnlyShare())
                    .isBetween(ProgrammeTruth.REFERRED_ONLY_LOW, ProgrammeTruth.REFERRED_ONLY_HIGH);
            assertThat(truth.itemMissingShare()).isBetween(0.0, ProgrammeTruth.MISSING_HIGH);
        }
        assertThat(varied.stream().map(ProgrammeTruth::referredOnlyShare).distinct())
                .hasSize(50);
        assertThat(ProgrammeTruth.varied(7, 3)).isEqualTo(ProgrammeTruth.varied(7, 3));

        ProgrammeTruth truth = ProgrammeTruth.varied(3, 3);
        DemoProgrammeGenerator.generate(
                new GeneratorConfig(temp, 3000, 3, 3, GeneratorConfig.DEFAULT_AS_OF).withVariedParameters());
        assertThat(Files.readString(temp.resolve("truth.json")))
                .contains(String.format(
                        java.util.Locale.ROOT, "\"integration_item_missing_share\": %.4f", truth.itemMissingShare()));
        List<String> w1 = Files.readAllLines(temp.resolve("followup-W1.csv"));
        int column = List.of(w1.get(0).split(",", -1)).indexOf("sd_integration");
        assertThat(column).isNotNegative();
        long blank = w1.stream()
                .skip(1)
                .filter(line -> line.split(",", -1)[column].isEmpty())
                .count();
        // Follow-ups without the integration answer: the drawn share, within 4 binomial standard errors.
        double share = (double) blank / (w1.size() - 1);
        double error = Math.sqrt(truth.itemMissingShare() * (1 - truth.itemMissingShare()) / (w1.size() - 1));
        assertThat(share).isCloseTo(truth.itemMissingShare(), org.assertj.core.api.Assertions.within(4 * error + 1e-9));
    }
}
