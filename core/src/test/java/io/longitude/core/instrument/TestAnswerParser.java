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
        assertThat(parse("ties", "P-0001:co_founding; P-0002:referral")).isEqualTo(List.of(
                new NamedTie("P-0001", TieKind.CO_FOUNDING), new NamedTie("P-0002", TieKind.REFERRAL)));
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
}
