package io.longitude.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDemoProgrammeGenerator {
    private static final List<String> FILES = List.of("editions.csv", "participants.csv", "sessions.csv", "attendance.csv",
            "assessments.csv", "followup-W0.csv", "followup-W1.csv", "followup-W2.csv", "followup-W3.csv", "followup-W4.csv", "truth.json");

    @TempDir
    Path temp;

    @Test
    void sameSeedSameBytesOtherSeedOtherFiles() throws IOException {
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(temp.resolve("a")));
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(temp.resolve("b")));
        DemoProgrammeGenerator.generate(new GeneratorConfig(temp.resolve("c"), 0, 3, 7, GeneratorConfig.DEFAULT_AS_OF));

        for (String file : FILES) {
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(file))).as(file).isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(file)));
        }
        assertThat(Files.readString(temp.resolve("c/followup-W1.csv"))).isNotEqualTo(Files.readString(temp.resolve("a/followup-W1.csv")));
    }

    @Test
    void defaultProgrammeHasThreeEditionsOfTenSessionsAndDecliningResponse() throws IOException {
        GeneratorSummary summary = DemoProgrammeGenerator.generate(GeneratorConfig.defaults(temp));

        assertThat(summary.editions()).isEqualTo(3);
        assertThat(summary.participants()).isBetween(75L, 120L);
        assertThat(lines("editions.csv")).hasSize(3);
        List<String> sessions = lines("sessions.csv");
        assertThat(sessions).hasSize(30);
        assertThat(sessions.stream().filter(line -> line.contains(",THEMATIC,"))).hasSize(18);
        assertThat(sessions.stream().filter(line -> line.contains(",BMC_WORKSHOP,"))).hasSize(12);
        List<String> participants = lines("participants.csv");
        assertThat(participants.stream().filter(line -> line.contains(",alumnus_speaker,"))).isNotEmpty();
        assertThat(participants.stream().filter(line -> line.contains(",referred,"))).isNotEmpty();
        assertThat(participants.stream().map(line -> line.split(",")[7]).filter(desk -> desk.startsWith("desk-")).distinct()).hasSize(3);
        int w0 = lines("followup-W0.csv").size();
        int w4 = lines("followup-W4.csv").size();
        assertThat(w4).isLessThan(w0);
        assertThat(Files.readString(temp.resolve("truth.json"))).contains("\"attendance_effect_per_session\": 0.0300",
                "\"response_probability_by_wave\": [0.9500, 0.8500, 0.7500, 0.6500, 0.5500]");
    }

    @Test
    void participantsAreSplitOverEditionsAndFutureWavesAreNotWritten() throws IOException {
        GeneratorSummary summary = DemoProgrammeGenerator.generate(
                new GeneratorConfig(temp, 1000, 4, 1, LocalDate.of(2023, 6, 1)));

        assertThat(summary.participants()).isEqualTo(1000);
        assertThat(lines("participants.csv").stream().filter(line -> line.contains(",candidate,"))).hasSize(1000);
        assertThat(lines("followup-W4.csv")).as("no edition reaches +24 months by 2023-06-01").isEmpty();
        assertThat(lines("followup-W0.csv")).isNotEmpty();
    }

    private List<String> lines(String file) throws IOException {
        List<String> lines = Files.readAllLines(temp.resolve(file));
        return lines.subList(1, lines.size());
    }
}
