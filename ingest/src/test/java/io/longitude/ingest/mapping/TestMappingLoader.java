package io.longitude.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.core.instrument.InstrumentLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TestMappingLoader {
    private static final String VALID = """
            tool: kobo
            form: f1
            format: csv
            separator: ";"
            submission_id: [_uuid]
            participant_id: {column: code}
            edition_id: {value: E01}
            wave: {value: W2}
            submitted_at: {column: _submission_time, zone: UTC}
            questions:
              sd_integration: {column: integ, values: {Ja: "2", Oui: "2", "Yes": "2", Nee: "0"}}
              ties: {one_hot: {"ties/p1": "P-1:referral", "ties/p2": "P-2:joint_project"}}
            """;

    private static Mapping load(String yaml) {
        return MappingLoader.load(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "m.yaml", InstrumentLoader.followup());
    }

    @Test
    void readsEveryKey() {
        Mapping mapping = load(VALID);

        assertThat(mapping.tool()).isEqualTo("kobo");
        assertThat(mapping.separator()).isEqualTo(';');
        assertThat(mapping.headerRows()).isEqualTo(1);
        assertThat(mapping.fields().get("sd_integration").values()).containsEntry("Oui", "2");
        assertThat(mapping.columns())
                .containsExactlyInAnyOrder("_uuid", "code", "_submission_time", "integ", "ties/p1", "ties/p2");
    }

    @Test
    void errorsNameTheFileAndTheKey() {
        assertThatThrownBy(() -> load(VALID.replace("tool: kobo", "tool: typeform")))
                .hasMessage(
                        "Cannot load mapping m.yaml, key tool must be one of [kobo, odk, limesurvey, qualtrics, redcap, google, surveymonkey]: typeform");
        assertThatThrownBy(() -> load(VALID.replace("wave: {value: W2}\n", "")))
                .hasMessageContaining("m.yaml, key wave is missing");
        assertThatThrownBy(() -> load(VALID.replace("integ,", "integ, colour: red,")))
                .hasMessageContaining("key questions.sd_integration.colour is not a known key");
        assertThatThrownBy(() -> load(VALID.replace("sd_integration:", "sd_integratoin:")))
                .hasMessageContaining("key questions.sd_integratoin is not a question of followup v1");
        assertThatThrownBy(() -> load(VALID.replace("zone: UTC", "zone: Mars/Olympus")))
                .hasMessageContaining("key submitted_at.zone is not a time zone: Mars/Olympus");
        assertThatThrownBy(() -> load(VALID.replace("zone: UTC", "format: \"yyyy-MM-dd {{\"")))
                .hasMessageContaining("key submitted_at.format is not a date-time pattern");
        assertThatThrownBy(() -> load(VALID.replace("separator: \";\"", "separator: \"::\"")))
                .hasMessageContaining("key separator must be one of");
        assertThatThrownBy(() -> load(VALID + "header_rows: 1\nnames_row: 2\n"))
                .hasMessageContaining("key names_row must be within");
        assertThatThrownBy(() -> load("tool: [unclosed")).hasMessageContaining("m.yaml, it is not valid YAML");
        assertThatThrownBy(() -> load(VALID.replace("participant_id: {column: code}", "participant_id: {}")))
                .hasMessageContaining("key participant_id needs column, value or one_hot");
    }

    @Test
    void everyMappingInTheRepositoryLoads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "data", "mappings"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".yaml"))
                            .map(file -> MappingLoader.load(file, InstrumentLoader.followup())))
                    .hasSizeGreaterThanOrEqualTo(8)
                    .allSatisfy(mapping -> assertThat(Mapping.TOOLS).contains(mapping.tool()));
        }
    }
}
