package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.validation.EstimatorSummary;
import io.longitude.dashboard.validation.IntervalStudy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "How often the intervals are right" on the real application: every role reads it in its language with a chart per
 * estimator of the packaged study; the funder report's methods annex links to it; the edition page marks the figures
 * whose range the study found approximate.
 */
class TestIntervalsPage {
    private static final Map<String, String> TITLES = Map.of(
            "nl", "Hoe vaak de intervallen kloppen",
            "fr", "À quelle fréquence les intervalles sont justes",
            "en", "How often the intervals are right");

    static DemoServer server;
    static IntervalStudy study;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
        study = server.bean(IntervalStudy.class);
    }

    @Test
    void everyRoleReadsEveryEstimatorsVerdictAndChartInItsLanguage() {
        for (String role : List.of("manager", "funder", "analyst", "admin")) {
            for (Map.Entry<String, String> title : TITLES.entrySet()) {
                String page = text(role, "/methods/intervals", title.getKey());
                assertThat(page).as("%s in %s", role, title.getKey()).contains(title.getValue());
                for (EstimatorSummary estimator : study.estimators()) {
                    assertThat(page)
                            .contains("id=\"" + estimator.id() + "\"")
                            .contains("/methods/intervals/" + estimator.id() + ".svg");
                }
            }
        }
    }

    @Test
    void eachChartDrawsTheNominalLineInTheReadersLanguage() {
        EstimatorSummary first = study.estimators().get(0);
        assertThat(text("funder", "/methods/intervals/" + first.id() + ".svg", "fr"))
                .startsWith("<?xml")
                .contains("objectif 95 %");
        assertThat(text("funder", "/methods/intervals/" + first.id() + ".svg", "nl"))
                .contains("doel 95 %");
    }

    @Test
    void theFundersMethodsAnnexLinksToIt() {
        String report = text("funder", "/reports/brussels-sd-pilot", "nl");
        assertThat(report)
                .contains("<h3>Hoe vaak de intervallen kloppen</h3>")
                .contains("(" + server.url + "/methods/intervals)")
                .contains("href=\"/methods/intervals\"");
    }

    @Test
    void theEditionPageMarksTheFiguresWhoseRangeIsApproximate() {
        List<EstimatorSummary> approximate = study.approximate("M15");
        assertThat(approximate)
                .as("the packaged study finds M15's interval approximate")
                .isNotEmpty();
        String page = text("manager", "/editions/E01", "en");
        String comparison = page.substring(page.indexOf("data-metric=\"M15\""));
        assertThat(comparison)
                .contains("class=\"approximate\"")
                .contains(
                        "Approximate range: in our simulation study the 95 % range of “Difference in differences with"
                                + " the comparison group: integrated (level ≥ 1)” was too narrow in programmes of 100 and 1,000 candidates")
                .contains("The real range is wider than shown.")
                .contains("href=\"/methods/intervals\"");
        assertThat(page.substring(page.indexOf("data-metric=\"M2\""), page.indexOf("data-metric=\"M3\"")))
                .doesNotContain("class=\"approximate\"");
    }

    private static String text(String role, String path, String language) {
        return new String(
                server.fetch(role, path + (path.contains("?") ? "&" : "?") + "lang=" + language, language),
                StandardCharsets.UTF_8);
    }
}
