package io.longitude.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.core.domain.TieKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestAnswerParser {
    private static final Instrument FOLLOWUP = InstrumentLoader.followup();

    private static Object parse(String code, String text) throws InvalidAnswerException {
        return AnswerParser.parse(FOLLOWUP.question(code).orElseThrow(), text);
    }

    @Test
    void typedValues() throws InvalidAnswerException {
        assertThat(parse("sd_awareness_1", " 4 ")).isEqualTo(4);
        assertThat(parse("sd_integration", "2")).isEqualTo(2);
        assertThat(parse("business_status", "Launched")).isEqualTo("launched");
        assertThat(parse("business_launch_date", "2025-03-01")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(parse("good_practice_speaker", "yes")).isEqualTo(Boolean.TRUE);
        assertThat(parse("ties", "P-0001:co_founding; P-0002:referral"))
                .isEqualTo(
                        List.of(new NamedTie("P-0001", TieKind.CO_FOUNDING), new NamedTie("P-0002", TieKind.REFERRAL)));
        assertThat(parse("employees", "")).isNull();
    }

    @Test
    void reasons() {
        assertThatThrownBy(() -> parse("sd_awareness_1", "6")).hasMessage("out of range 1..5");
        assertThatThrownBy(() -> parse("sd_integration", "3")).hasMessage("not one of the codes 0, 1, 2");
        assertThatThrownBy(() -> parse("employees", "many")).hasMessage("not a whole number");
        assertThatThrownBy(() -> parse("employees", "-1")).hasMessage("out of range 0..100000");
        assertThatThrownBy(() -> parse("business_stop_date", "31/12/2025")).hasMessage("not a date YYYY-MM-DD");
        assertThatThrownBy(() -> parse("ties", "P-0001")).hasMessage("tie 'P-0001' is not participant_id:kind");
        assertThatThrownBy(() -> parse("ties", "P-0001:friend")).hasMessageContaining("tie kind 'friend'");
    }

    @Test
    void aFreeTextAnswerIsKeptAsWrittenUpToItsLimit() throws InvalidAnswerException {
        Question intention = InstrumentLoader.sessionFeedback()
                .question("feedback_intention")
                .orElseThrow();
        assertThat(AnswerParser.parse(intention, "  Ik herwerk mijn canvas; dan de prijzen.  "))
                .isEqualTo("Ik herwerk mijn canvas; dan de prijzen.");
        assertThat(AnswerParser.parse(intention, "x".repeat(AnswerParser.TEXT_LIMIT)))
                .isEqualTo("x".repeat(AnswerParser.TEXT_LIMIT));
        assertThatThrownBy(() -> AnswerParser.parse(intention, "x".repeat(AnswerParser.TEXT_LIMIT + 1)))
                .hasMessage("longer than 2000 characters (2001)");
    }

    @Test
    void aDateFieldTakesTheLocalDateOfADateTimeAndNotesIt() {
        ParsedAnswer answer =
                AnswerParser.read(FOLLOWUP.question("business_launch_date").orElseThrow(), "2025-02-01T09:00:00+01:00");

        assertThat(answer.value()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(answer.rejected()).isEmpty();
        assertThat(answer.notes())
                .singleElement()
                .extracting(AnswerIssue::reason)
                .asString()
                .contains("local date 2025-02-01");
    }

    @Test
    void aTiesListKeepsItsValidEntriesAndSetsTheOthersAside() {
        ParsedAnswer answer =
                AnswerParser.read(FOLLOWUP.question("ties").orElseThrow(), "P-1:supplier;P-2:referral;P-3");

        assertThat(answer.value()).isEqualTo(List.of(new NamedTie("P-2", TieKind.REFERRAL)));
        assertThat(answer.rejected()).extracting(AnswerIssue::text).containsExactly("P-1:supplier", "P-3");
    }

    @Test
    void onlySynonymsTheInstrumentDeclaresAreAccepted() throws Exception {
        Question declared = new Question(
                "ties",
                QuestionType.TIES,
                null,
                null,
                List.of("co_founding", "supplier_client", "joint_project", "referral"),
                java.util.Map.of(),
                List.of(),
                FOLLOWUP.question("ties").orElseThrow().labels(),
                java.util.Map.of("supplier", "supplier_client"));
        Question business = new Question(
                "business_status",
                QuestionType.CODE,
                null,
                null,
                List.of("idea", "launched"),
                java.util.Map.of(),
                List.of(),
                FOLLOWUP.question("ties").orElseThrow().labels(),
                java.util.Map.of("started", "launched"));

        ParsedAnswer ties = AnswerParser.read(declared, "P-1:Supplier;P-2:customer");
        assertThat(ties.value()).isEqualTo(List.of(new NamedTie("P-1", TieKind.SUPPLIER_CLIENT)));
        assertThat(ties.notes())
                .singleElement()
                .extracting(AnswerIssue::reason)
                .asString()
                .contains("synonym the instrument declares");
        assertThat(ties.rejected()).extracting(AnswerIssue::text).containsExactly("P-2:customer");
        assertThat(AnswerParser.parse(business, "Started")).isEqualTo("launched");
        assertThatThrownBy(() -> AnswerParser.parse(business, "begun")).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> new Question(
                        "x",
                        QuestionType.CODE,
                        null,
                        null,
                        List.of("a"),
                        java.util.Map.of(),
                        List.of(),
                        FOLLOWUP.labels(),
                        java.util.Map.of("b", "c")))
                .isInstanceOf(InstrumentException.class)
                .hasMessageContaining("synonym b");
    }
}
