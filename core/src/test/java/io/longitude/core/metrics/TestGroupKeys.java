package io.longitude.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestGroupKeys {
    /** One key of every family, with the metric that writes it. */
    private static final List<Object[]> EVERY_FAMILY = List.of(
            new Object[] {"M1", new GroupKey.FunnelStage("desk-anderlecht", "business_active")},
            new Object[] {"M1", new GroupKey.FunnelStage("all", "referred")},
            new Object[] {"M2", new GroupKey.Label("response_rate")},
            new Object[] {"M2", new GroupKey.Pair("smd", "age_band=55+")},
            new Object[] {"M2", new GroupKey.Pair("smd", "baseline_level>=1")},
            new Object[] {"M2", new GroupKey.Pair("ipw", "weight_max")},
            new Object[] {"M3", GroupKey.Level.of(0)},
            new Object[] {"M3", new GroupKey.Level(2, true)},
            new Object[] {"M4", new GroupKey.Transition(0, 2)},
            new Object[] {"M4", new GroupKey.Label("up")},
            new Object[] {"M5", new GroupKey.Pair("paired_difference", "level>=1")},
            new Object[] {"M5", new GroupKey.Pair("stuart_maxwell", "p_value")},
            new Object[] {"M6", new GroupKey.Agreement(1, 2)},
            new Object[] {"M8", GroupKey.SurvivalStep.at(7.5)},
            new Object[] {"M8", new GroupKey.SurvivalAt(12)},
            new Object[] {"M8", new GroupKey.Pair("logrank", "statistic")},
            new Object[] {"M9", new GroupKey.Band("", "0-3")},
            new Object[] {"M9", new GroupKey.Band("thematic", "5-6")},
            new Object[] {"M9", new GroupKey.Band("bmc", "2")},
            new Object[] {"M10", new GroupKey.Versus("response_rate", "E01")},
            new Object[] {"M11", new GroupKey.Brokerage("desk", "liaison")},
            new Object[] {"M11", new GroupKey.Pair("degree", "a".repeat(64))},
            new Object[] {"M11", new GroupKey.Pair("new_ties", "W3")},
            new Object[] {"M11", new GroupKey.Rank("betweenness", 3)},
            new Object[] {"M12", new GroupKey.Pair("new_contacts", "total")},
            new Object[] {"M14", new GroupKey.Item("staff_sd_tools")},
            new Object[] {"M15", new GroupKey.Pair("did", "integrated")},
            new Object[] {"M16", GroupKey.Feedback.all("usefulness")},
            new Object[] {"M16", GroupKey.Feedback.session("response", "E01-S03")},
            new Object[] {"M16", GroupKey.Feedback.kind("recommend", "bmc_workshop")},
            new Object[] {"M16", GroupKey.Feedback.trend("clarity")});

    @Test
    void everyFamilyReadsBackWhatItWrites() {
        for (Object[] example : EVERY_FAMILY) {
            GroupKey key = (GroupKey) example[1];
            assertThat(GroupKeys.parse((String) example[0], key.text()))
                    .as(key.text())
                    .isEqualTo(key);
        }
        assertThat(EVERY_FAMILY.stream().map(example -> example[1].getClass()).distinct())
                .as("a round trip for every family")
                .hasSize(GroupKey.class.getPermittedSubclasses().length);
    }

    @Test
    void keysReadAsTheTableHoldsThem() {
        assertThat(GroupKeys.parse("M8", "km|month=14.00")).isEqualTo(new GroupKey.SurvivalStep("14.00"));
        assertThat(GroupKey.SurvivalStep.at(14).text()).isEqualTo("km|month=14.00");
        assertThat(GroupKeys.parse("M3", "weighted|level=1")).isEqualTo(new GroupKey.Level(1, true));
        assertThat(GroupKeys.parse("M4", "from=2|to=0")).isEqualTo(new GroupKey.Transition(2, 0));
        assertThat(GroupKeys.parse("M6", "agreement|self=0|coach=1")).isEqualTo(new GroupKey.Agreement(0, 1));
        assertThat(GroupKeys.parse("M9", "thematic|band=3-4")).isEqualTo(new GroupKey.Band("thematic", "3-4"));
        assertThat(GroupKeys.parse("M16", "feedback=clarity|session=P02-S10"))
                .isEqualTo(GroupKey.Feedback.session("clarity", "P02-S10"));
        assertThat(GroupKeys.parse("M16", "feedback=usefulness|trend"))
                .isEqualTo(GroupKey.Feedback.trend("usefulness"));
        assertThat(GroupKeys.parse("M16", "feedback=usefulness|kind=thematic").text())
                .isEqualTo("feedback=usefulness|kind=thematic");
        assertThat(GroupKeys.parse("M10", "integrated|vs=E02")).isEqualTo(new GroupKey.Versus("integrated", "E02"));
        assertThat(GroupKeys.parse("M11", "brokerage|edition|gatekeeper"))
                .isEqualTo(new GroupKey.Brokerage("edition", "gatekeeper"));
        assertThat(GroupKeys.parse("M14", "item=staff_sd_tools")).isEqualTo(new GroupKey.Item("staff_sd_tools"));
        assertThat(GroupKeys.parse("M1", "desk-1|completed"))
                .isEqualTo(new GroupKey.FunnelStage("desk-1", "completed"));
    }

    @Test
    void participantKeysAreRecognisedWhateverTheFamily() {
        assertThat(new GroupKey.Pair("betweenness", "0123456789abcdef".repeat(4)).namesParticipant())
                .isTrue();
        assertThat(new GroupKey.Pair("brokerage_total", "0123456789ABCDEF".repeat(2)).namesParticipant())
                .isTrue();
        assertThat(new GroupKey.Rank("betweenness", 1).namesParticipant()).isFalse();
        assertThat(new GroupKey.Pair("new_ties", "W1").namesParticipant()).isFalse();
    }

    @Test
    void aKeyOfNoFamilyIsRefusedNamingMetricAndText() {
        assertThatThrownBy(() -> GroupKeys.parse("M3", "level=1||x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read group key of M3, no family has this form: 'level=1||x'");
        assertThatThrownBy(() -> GroupKeys.parse("M2", "")).hasMessageContaining("no family has this form: ''");
        assertThatThrownBy(() -> new GroupKey.Pair("smd", "a|b")).hasMessageContaining("holds '|'");
        assertThatThrownBy(() -> new GroupKey.Brokerage("wave", "liaison"))
                .hasMessageContaining("expected desk or edition");
    }

    @Test
    void statusCodesAreTheTables() {
        assertThat(MetricStatus.of(null, 10, 5)).isEqualTo(MetricStatus.NOT_COMPUTABLE);
        assertThat(MetricStatus.of(0.5, 4, 5)).isEqualTo(MetricStatus.SMALL_N);
        assertThat(MetricStatus.of(0.5, 5, 5)).isEqualTo(MetricStatus.OK);
        for (MetricStatus status : MetricStatus.values()) {
            assertThat(MetricStatus.fromCode(status.code())).isEqualTo(status);
            assertThat("status." + status).isEqualTo("status." + status.code());
        }
        assertThatThrownBy(() -> MetricStatus.fromCode("fine"))
                .hasMessageContaining("expected ok, small_n or not_computable: fine");
    }
}
