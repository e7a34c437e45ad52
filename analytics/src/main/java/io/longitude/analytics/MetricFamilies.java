package io.longitude.analytics;

import io.longitude.analytics.collaboration.AlumniSpeakers;
import io.longitude.analytics.collaboration.ContactGrowth;
import io.longitude.analytics.collaboration.NetworkCounts;
import io.longitude.analytics.feedback.SessionFeedback;
import io.longitude.analytics.impact.AttritionBias;
import io.longitude.analytics.impact.BusinessSurvival;
import io.longitude.analytics.impact.ComparisonGroup;
import io.longitude.analytics.impact.DoseResponse;
import io.longitude.analytics.impact.EditionsCompared;
import io.longitude.analytics.impact.Funnel;
import io.longitude.analytics.impact.IntegrationShares;
import io.longitude.analytics.impact.IntentionToAction;
import io.longitude.analytics.impact.PrePost;
import io.longitude.analytics.impact.ResponseRates;
import io.longitude.analytics.impact.ResponseWeights;
import io.longitude.analytics.impact.Transitions;
import io.longitude.analytics.impact.UnconsciousIntegrators;
import io.longitude.analytics.partnership.PartnershipItems;
import io.longitude.analytics.staff.StaffItems;
import java.util.List;

/** Every metric family of the analysis, in catalogue order, each a named transform of the cached inputs. */
final class MetricFamilies {
    private MetricFamilies() {}

    static List<MetricFamily> all(AnalysisInputs in, AnalyticsConfig config) {
        int minimumN = config.minimumN();
        return List.of(
                new MetricFamily(
                        "M1 funnel",
                        () -> Funnel.compute(
                                in.enrolments(),
                                in.attendance(),
                                in.responses(),
                                config.completedSessions(),
                                minimumN)),
                new MetricFamily("M2 response and retention", () -> ResponseRates.compute(in.panel(), minimumN)),
                new MetricFamily("M2 attrition bias", () -> AttritionBias.compute(in.panel(), minimumN)),
                new MetricFamily("M3 integration shares", () -> IntegrationShares.compute(in.panel(), minimumN)),
                new MetricFamily("M2/M3 response weights", () -> ResponseWeights.compute(in.panel(), minimumN)),
                new MetricFamily("M4 transitions", () -> Transitions.compute(in.panel(), minimumN)),
                new MetricFamily("M5 pre/post", () -> PrePost.compute(in.panel(), minimumN)),
                new MetricFamily(
                        "M6 unconscious integrators",
                        () -> UnconsciousIntegrators.compute(in.panel(), in.assessments(), minimumN)),
                new MetricFamily("M7 intention to action", () -> IntentionToAction.compute(in.panel(), minimumN)),
                new MetricFamily("M8 business survival", () -> BusinessSurvival.compute(in.panel(), minimumN)),
                new MetricFamily(
                        "M9 dose-response",
                        () -> DoseResponse.compute(
                                in.enrolments(),
                                in.panel(),
                                in.sessions(),
                                in.attendance(),
                                in.assessments(),
                                minimumN)),
                new MetricFamily(
                        "M10 editions compared", () -> EditionsCompared.compute(in.editions(), in.panel(), minimumN)),
                new MetricFamily(
                        "M11 collaboration network",
                        () -> NetworkCounts.compute(in.enrolments(), in.responses(), minimumN)),
                new MetricFamily(
                        "M12 network growth", () -> ContactGrowth.compute(in.enrolments(), in.responses(), minimumN)),
                new MetricFamily("M13 alumni", () -> AlumniSpeakers.compute(in.enrolments(), in.responses(), minimumN)),
                new MetricFamily("M14 staff", () -> StaffItems.compute(in.staffResponses(), minimumN)),
                new MetricFamily(
                        "M15 comparison group",
                        () -> ComparisonGroup.compute(in.panel(), in.enrolments(), in.responses(), minimumN)),
                new MetricFamily(
                        "M16 session feedback",
                        () -> SessionFeedback.compute(
                                in.editions(), in.sessions(), in.attendance(), in.sessionFeedback(), minimumN)),
                new MetricFamily("M17 partnership", () -> PartnershipItems.compute(in.partnerResponses(), minimumN)));
    }
}
