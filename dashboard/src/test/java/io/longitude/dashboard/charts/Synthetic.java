package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.ArrayList;
import java.util.List;

/** One edition with rows of every metric family, as docs/metrics.md describes them. */
public final class Synthetic {
    private Synthetic() {}

    public static List<MetricValue> edition() {
        List<MetricValue> rows = new ArrayList<>();
        String e = "E01";
        rows.add(Rows.share("M1", e, "", "all|referred", 20, 20, 0.8, 1));
        rows.add(Rows.share("M1", e, "", "desk-1|enrolled", 8, 10, 0.5, 0.9));
        for (String wave : List.of("W0", "W1", "W2")) {
            rows.add(Rows.share("M2", e, wave, "response_rate", 14, 18, 0.5, 0.9));
            rows.add(Rows.share("M3", e, wave, "level=0", 6, 14, 0.2, 0.6));
            rows.add(Rows.share("M3", e, wave, "level=1", 5, 14, 0.1, 0.6));
            rows.add(Rows.share("M3", e, wave, "level=2", 3, 14, 0.1, 0.5));
            rows.add(Rows.row("M3", e, wave, "weighted|level=0", 6.4, 14.2, 14, 0.45, 0.2, 0.7));
            rows.add(Rows.row("M3", e, wave, "weighted|level=1", 4.9, 14.2, 14, 0.35, 0.1, 0.6));
            rows.add(Rows.row("M3", e, wave, "weighted|level=2", 2.9, 14.2, 14, 0.2, 0.05, 0.5));
            rows.add(Rows.row("M12", e, wave, "new_contacts|mean", null, null, 14, 2.5, 1.2, 3.8));
            rows.add(Rows.row("M12", e, wave, "cumulative|mean", null, null, 14, 4.5, null, null));
            rows.add(Rows.value("M12", e, wave, "new_contacts|total", 14, 35));
            rows.add(Rows.row("M14", e, wave, "item=staff_sd_1", null, null, 6, 3.4, 2.9, 3.9));
            rows.add(Rows.row("M14", e, wave, "item=staff_sd_2", null, null, 6, 2.8, 2.1, 3.5));
        }
        for (String session : List.of("E01-S01", "E01-S02", "E01-S03")) {
            rows.add(Rows.share("M16", e, "", "feedback=response|session=" + session, 14, 18, 0.55, 0.9));
            rows.add(Rows.share("M16", e, "", "feedback=useful|session=" + session, 10, 14, 0.45, 0.88));
            rows.add(Rows.share("M16", e, "", "feedback=clear|session=" + session, 9, 14, 0.4, 0.85));
            rows.add(Rows.share("M16", e, "", "feedback=recommend|session=" + session, 11, 14, 0.5, 0.92));
            rows.add(Rows.row("M16", e, "", "feedback=usefulness|session=" + session, 55.0, 14.0, 14, 3.9, 3.4, 4.4));
        }
        for (String wave : List.of("W0", "W1", "")) {
            rows.add(Rows.row("M17", e, wave, "item=partner_quality", 7.0, 2.0, 2, 3.5, null, null));
            rows.add(Rows.row("M17", e, wave, "item=partner_agreements", 6.0, 2.0, 2, 3.0, null, null));
            rows.add(Rows.row("M17", e, wave, "item=partner_again", 2.0, 2.0, 2, 1.0, null, null));
        }
        rows.add(Rows.share("M16", e, "", "feedback=response", 42, 54, 0.65, 0.87));
        rows.add(Rows.share("M16", e, "", "feedback=useful", 30, 42, 0.55, 0.84));
        rows.add(Rows.row("M16", e, "", "feedback=usefulness|kind=thematic", 110.0, 28.0, 14, 3.9, 3.5, 4.3));
        rows.add(Rows.share("M2", e, "W1", "retention", 12, 14, 0.6, 0.95));
        rows.add(Rows.row("M2", e, "W1", "smd|gender=f", 12.0, 4.0, 16, 0.25, null, null));
        rows.add(Rows.row("M2", e, "W1", "smd|baseline_awareness", 12.0, 4.0, 16, -0.05, null, null));
        rows.add(Rows.value("M2", e, "W1", "ipw|weight_max", 12, 2.4));
        for (String pair : List.of("W0>W1", "W1>W2")) {
            for (int from = 0; from < 3; from++) {
                for (int to = 0; to < 3; to++) {
                    rows.add(Rows.share(
                            "M4", e, pair, "from=" + from + "|to=" + to, 1 + from + to, 3 * (from + 2), 0.0, 0.9));
                }
            }
            rows.add(Rows.share("M4", e, pair, "up", 5, 14, 0.1, 0.6));
            rows.add(Rows.share("M4", e, pair, "stay", 7, 14, 0.2, 0.7));
            rows.add(Rows.share("M4", e, pair, "down", 2, 14, 0.0, 0.4));
            rows.add(Rows.share("M7", e, pair, "interested", 4, 6, 0.3, 0.9));
            rows.add(Rows.share("M7", e, pair, "acted", 2, 4, 0.1, 0.9));
            rows.add(Rows.share("M7", e, pair, "acted_not_interested", 0, 2, 0.0, 0.8));
        }
        for (String pair : List.of("W0>W1", "W0>W2")) {
            rows.add(Rows.row("M5", e, pair, "stuart_maxwell|statistic", 2.0, null, 12, 6.1, null, null));
            rows.add(Rows.value("M5", e, pair, "stuart_maxwell|p_value", 12, 0.047));
            rows.add(Rows.row("M5", e, pair, "paired_difference|level>=1", 4.0, 1.0, 12, 0.25, 0.01, 0.45));
            rows.add(Rows.value("M5", e, pair, "wilcoxon|p_value", 12, 0.00001));
            rows.add(Rows.row("M5", e, pair, "awareness_change", null, null, 12, 0.42, 0.1, 0.74));
            rows.add(Rows.row("M15", e, pair, "did|integrated", 12.0, 8.0, 20, 0.18, -0.05, 0.41));
            rows.add(Rows.row("M15", e, pair, "did|awareness", 12.0, 8.0, 20, 0.3, -0.1, 0.7));
        }
        rows.add(Rows.share("M6", e, "W0", "unconscious_integrators", 3, 7, 0.1, 0.75));
        rows.add(Rows.row("M6", e, "W0", "kappa", null, null, 14, 0.52, 0.2, 0.84));
        rows.add(Rows.value("M6", e, "W0", "agreement|self=0|coach=0", 14, 4));
        rows.add(Rows.value("M6", e, "W0", "agreement|self=0|coach=1", 14, 3));
        rows.add(Rows.value("M6", e, "W0", "agreement|self=1|coach=1", 14, 5));
        rows.add(Rows.value("M6", e, "W0", "agreement|self=2|coach=2", 14, 2));
        rows.add(Rows.row("M8", e, "", "km|month=7.5", 1.0, 10.0, 10, 0.9, 0.5, 0.98));
        rows.add(Rows.row("M8", e, "", "km|month=20", 1.0, 6.0, 10, 0.75, 0.3, 0.93));
        rows.add(Rows.row("M8", e, "", "survival|months=12", null, null, 10, 0.9, 0.5, 0.98));
        rows.add(Rows.row("M8", e, "", "survival|months=60", null, null, 10, null, null, null));
        rows.add(Rows.row("M8", "", "", "logrank|statistic", 2.0, null, 30, 1.2, null, null));
        rows.add(Rows.value("M8", "", "", "logrank|p_value", 30, 0.55));
        rows.add(Rows.share("M9", e, "W1", "band=0-3", 1, 4, 0.0, 0.7));
        rows.add(Rows.share("M9", e, "W1", "band=7-10", 6, 8, 0.4, 0.95));
        rows.add(Rows.share("M9", e, "W1", "thematic|band=5-6", 5, 7, 0.3, 0.9));
        rows.add(Rows.share("M9", e, "W1", "bmc|band=3-4", 4, 6, 0.3, 0.9));
        rows.add(Rows.row("M9", e, "W1", "spearman|all", null, null, 14, 0.44, 0.1, 0.7));
        rows.add(Rows.row("M9", e, "W1", "slope_up_per_session", null, null, 14, 0.03, 0.01, 0.05));
        rows.add(Rows.value("M11", e, "", "participants", 18, 18));
        rows.add(Rows.value("M11", e, "", "ties", 18, 9));
        rows.add(Rows.row("M11", e, "", "density", 9.0, 153.0, 18, 0.0588, null, null));
        rows.add(Rows.value("M11", e, "", "components", 18, 11));
        rows.add(Rows.share("M11", e, "", "largest_component_share", 6, 18, 0.1, 0.6));
        rows.add(Rows.value("M11", e, "", "ties_across_desks", 18, 4));
        rows.add(Rows.value("M11", e, "W1", "new_ties|W1", 18, 3));
        rows.add(Rows.value("M11", e, "", "brokerage|desk|liaison", 18, 2));
        for (int participant = 0; participant < 7; participant++) {
            rows.add(Rows.value("M11", e, "", "degree|key-" + participant, 18, participant));
            rows.add(Rows.value("M11", e, "", "betweenness|key-" + participant, 18, participant / 10.0));
        }
        rows.add(Rows.value("M13", e, "", "speakers", 2, 2));
        rows.add(Rows.share("M13", e, "", "speakers|integrated", 2, 2, 0.3, 1));
        rows.add(Rows.share("M13", e, "", "others|integrated", 7, 12, 0.3, 0.8));
        return rows;
    }
}
