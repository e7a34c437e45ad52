package io.longitude.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.core.lake.LakeTables;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TestInstrumentLoader {
    @Test
    void followupHasTheCanonicalQuestions() {
        Instrument followup = InstrumentLoader.followup();

        assertThat(followup.id()).isEqualTo("followup");
        assertThat(followup.version()).isEqualTo(1);
        assertThat(followup.codes())
                .containsExactly(
                        "sd_awareness_1",
                        "sd_awareness_2",
                        "sd_awareness_3",
                        "sd_awareness_4",
                        "sd_awareness_5",
                        "sd_integration",
                        "sd_interest",
                        "business_status",
                        "business_launch_date",
                        "business_stop_date",
                        "employees",
                        "ties",
                        "new_contacts",
                        "satisfaction",
                        "good_practice_speaker");
        Question integration = followup.question("sd_integration").orElseThrow();
        assertThat(integration.codes()).containsExactly("0", "1", "2");
        assertThat(integration.codeLabels().get("2").in(Locale.FRENCH)).isEqualTo("Dans le cœur de métier");
        assertThat(followup.question("satisfaction").orElseThrow().askedIn("W2"))
                .isFalse();
    }

    @Test
    void everyQuestionIsAColumnOfTheResponsesTable() {
        List<String> expected = InstrumentLoader.followup().codes();

        List<String> columns = LakeTables.RESPONSES.columnNames();

        assertThat(columns.subList(columns.indexOf("sd_awareness_1"), columns.size()))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void staffHasFourLikertItemsWithLabelsInThreeLanguages() {
        Instrument staff = InstrumentLoader.staff();

        assertThat(staff.id()).isEqualTo("staff");
        assertThat(staff.version()).isEqualTo(1);
        assertThat(staff.codes())
                .containsExactly(
                        "staff_sd_in_support", "staff_sd_confidence", "staff_sd_tools", "staff_sd_organisation");
        assertThat(staff.questions()).allSatisfy(question -> {
            assertThat(question.type()).isEqualTo(QuestionType.LIKERT);
            assertThat(question.min()).isEqualTo(1);
            assertThat(question.max()).isEqualTo(5);
            assertThat(question.labels().nl()).isNotBlank();
            assertThat(question.labels().fr()).isNotBlank();
        });
        assertThat(staff.question("staff_sd_in_support").orElseThrow().labels().en())
                .isEqualTo("I build sustainability into the support I give");
    }

    @Test
    void everyStaffItemIsAnIntColumnOfTheStaffResponsesTable() {
        List<String> columns = LakeTables.STAFF_RESPONSES.columnNames();

        assertThat(columns.subList(columns.indexOf("staff_sd_in_support"), columns.indexOf("batch_id")))
                .containsExactlyElementsOf(InstrumentLoader.staff().codes());
        InstrumentLoader.staff()
                .codes()
                .forEach(code -> assertThat(LakeTables.STAFF_RESPONSES
                                .column(code)
                                .orElseThrow()
                                .type())
                        .isEqualTo(io.longitude.core.lake.ColumnType.INT));
        assertThat(LakeTables.STAFF_RESPONSES.naturalKey()).containsExactly("participant_key", "edition_id", "wave");
        assertThat(LakeTables.ALL).contains(LakeTables.STAFF_RESPONSES);
    }

    @Test
    void sessionFeedbackHasTwoScalesAFreeTextAndAYesNoWithLabelsInThreeLanguages() {
        Instrument feedback = InstrumentLoader.sessionFeedback();

        assertThat(feedback.id()).isEqualTo("session-feedback");
        assertThat(feedback.version()).isEqualTo(1);
        assertThat(feedback.questions())
                .extracting(Question::code, Question::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("feedback_usefulness", QuestionType.LIKERT),
                        org.assertj.core.groups.Tuple.tuple("feedback_clarity", QuestionType.LIKERT),
                        org.assertj.core.groups.Tuple.tuple("feedback_intention", QuestionType.TEXT),
                        org.assertj.core.groups.Tuple.tuple("feedback_recommend", QuestionType.YES_NO));
        assertThat(feedback.questions()).allSatisfy(question -> {
            assertThat(question.labels().nl()).isNotBlank();
            assertThat(question.labels().fr()).isNotBlank();
            assertThat(question.labels().en()).isNotBlank();
        });
        assertThat(feedback.question("feedback_usefulness").orElseThrow().max()).isEqualTo(5);
        assertThat(InstrumentLoader.mappable("session-feedback")).isEqualTo(feedback);
        assertThatThrownBy(() -> InstrumentLoader.mappable("staff"))
                .hasMessage("Cannot find instrument staff, a mapping targets followup or session-feedback");
    }

    @Test
    void thePartnerQuestionnaireHasThreeScalesAndAYesNoEachAColumnOfPartnerResponses() {
        Instrument partner = InstrumentLoader.partner();

        assertThat(partner.id()).isEqualTo("partner");
        assertThat(partner.codes())
                .containsExactly("partner_agreements", "partner_expertise", "partner_quality", "partner_again");
        assertThat(partner.questions()).allSatisfy(question -> {
            assertThat(question.labels().nl()).isNotBlank();
            assertThat(question.labels().fr()).isNotBlank();
            assertThat(question.labels().en()).isNotBlank();
        });
        List<String> columns = LakeTables.PARTNER_RESPONSES.columnNames();
        assertThat(columns.subList(columns.indexOf("partner_agreements"), columns.indexOf("batch_id")))
                .containsExactlyElementsOf(partner.codes());
        assertThat(LakeTables.PARTNER_RESPONSES.naturalKey()).containsExactly("partner_id", "edition_id", "wave");
        assertThat(LakeTables.ALL).contains(LakeTables.PARTNERS, LakeTables.PARTNER_RESPONSES);
    }

    @Test
    void everyFeedbackQuestionIsAColumnOfTheSessionFeedbackTable() {
        List<String> columns = LakeTables.SESSION_FEEDBACK.columnNames();

        assertThat(columns.subList(columns.indexOf("feedback_usefulness"), columns.indexOf("batch_id")))
                .containsExactlyElementsOf(InstrumentLoader.sessionFeedback().codes());
        assertThat(LakeTables.SESSION_FEEDBACK.naturalKey()).containsExactly("participant_key", "session_id");
        assertThat(LakeTables.ALL).contains(LakeTables.SESSION_FEEDBACK);
    }

    @Test
    void missingLabelNamesTheSourceAndKey() {
        String yaml = """
                id: broken
                version: 1
                labels: {nl: a, fr: b, en: c}
                questions:
                  - code: q1
                    type: likert
                    min: 1
                    max: 5
                    labels: {nl: a, en: c}
                """;

        assertThatThrownBy(() -> InstrumentLoader.load(
                        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "broken.yaml"))
                .isInstanceOf(InstrumentException.class)
                .hasMessageContaining("broken.yaml questions[0] (q1)")
                .hasMessageContaining("language fr is missing");
    }

    @Test
    void unknownTypeIsRejected() {
        String yaml = """
                id: broken
                version: 1
                labels: {nl: a, fr: b, en: c}
                questions:
                  - {code: q1, type: slider, labels: {nl: a, fr: b, en: c}}
                """;

        assertThatThrownBy(() -> InstrumentLoader.load(
                        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "broken.yaml"))
                .hasMessageContaining("unknown type: slider");
    }
}
