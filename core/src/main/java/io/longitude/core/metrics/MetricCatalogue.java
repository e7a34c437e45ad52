package io.longitude.core.metrics;

import io.longitude.core.instrument.Labels;
import java.util.List;

/** The metrics M1 to M17 of docs/domain.md with their names in nl, fr and en. */
public final class MetricCatalogue {
    public static final MetricDefinition FUNNEL = metric(
            "M1",
            MetricUnit.COUNT,
            "Trechter",
            "Entonnoir",
            "Funnel",
            "Per referral desk and edition: referred, enrolled, completed (attended at least 7 of 10 sessions), "
                    + "responded at the latest wave, business active. group_key = desk|stage; share of referred.");
    public static final MetricDefinition RESPONSE = metric(
            "M2",
            MetricUnit.SHARE,
            "Respons en uitval",
            "Réponse et attrition",
            "Response and attrition",
            "Response rate per wave (AAPOR RR1) = distinct enrolled candidates with a response in the wave / "
                    + "enrolled candidates of the edition; retention relative to W0; attrition bias as standardised mean "
                    + "differences of baseline traits between responders and non-responders; Wilson 95% intervals.");
    public static final MetricDefinition INTEGRATION = metric(
            "M3",
            MetricUnit.SHARE,
            "Integratie doorheen de tijd",
            "Intégration dans le temps",
            "Integration over time",
            "Share at each level of sd_integration (0, 1, 2) among the wave's responses that answer it, complete case "
                    + "and inverse-probability weighted (logistic response model, stabilised, truncated at the 1st and 99th "
                    + "percentiles); Wilson 95% intervals.");
    public static final MetricDefinition TRANSITIONS = metric(
            "M4",
            MetricUnit.COUNT,
            "Overgangen",
            "Transitions",
            "Transitions",
            "Matrix of sd_integration at wave t to t+1: counts and row shares; movers up, stayers, decliners.");
    public static final MetricDefinition PRE_POST = metric(
            "M5",
            MetricUnit.STATISTIC,
            "Voor en na",
            "Avant et après",
            "Pre/post",
            "Paired change from W0 to each later wave: Stuart-Maxwell (3 levels), McNemar (2 levels), "
                    + "Wilcoxon signed-rank for the awareness score.");
    public static final MetricDefinition UNCONSCIOUS = metric(
            "M6",
            MetricUnit.SHARE,
            "Onbewuste integratoren",
            "Intégrateurs inconscients",
            "Unconscious integrators",
            "Candidates the coach assesses at level 1 or more while they report 0 at intake; Cohen's kappa "
                    + "between self-report and coach.");
    public static final MetricDefinition INTENTION = metric(
            "M7",
            MetricUnit.SHARE,
            "Van intentie naar actie",
            "De l'intention à l'action",
            "Intention to action",
            "Among candidates at level 0 at wave t: share interested (sd_interest >= 2); of those, share at "
                    + "level >= 1 at t+1.");
    public static final MetricDefinition SURVIVAL = metric(
            "M8",
            MetricUnit.SHARE,
            "Overleving van de zaak",
            "Survie de l'entreprise",
            "Business survival",
            "Kaplan-Meier of months from launch to stop, censored at the last response; Greenwood intervals; "
                    + "log-rank between editions; 1, 3 and 5-year survival.");
    public static final MetricDefinition DOSE = metric(
            "M9",
            MetricUnit.SHARE,
            "Dosis en effect",
            "Dose et effet",
            "Dose-response",
            "Outcomes by sessions attended (bands 0-3, 4-6, 7-10; thematic vs BMC) with intervals and "
                    + "Spearman's rank correlation.");
    public static final MetricDefinition EDITIONS = metric(
            "M10",
            MetricUnit.DIFFERENCE,
            "Edities vergeleken",
            "Éditions comparées",
            "Editions compared",
            "Each metric at the same horizon after the edition's end; difference between editions with its "
                    + "Newcombe interval; flagged when instrument versions differ.");
    public static final MetricDefinition NETWORK = metric(
            "M11",
            MetricUnit.COUNT,
            "Samenwerkingsnetwerk",
            "Réseau de collaboration",
            "Collaboration network",
            "Per edition and cumulative: participants, ties, density 2E/(N(N-1)), mean degree, share with at "
                    + "least one tie, components, largest component share, ties across desks and editions, new ties per "
                    + "wave, degree and betweenness, Gould-Fernandez brokerage roles by desk and edition.");
    public static final MetricDefinition CONTACTS = metric(
            "M12",
            MetricUnit.COUNT,
            "Groei van het netwerk",
            "Croissance du réseau",
            "Network growth",
            "New professional contacts per wave and cumulative.");
    public static final MetricDefinition ALUMNI = metric(
            "M13",
            MetricUnit.COUNT,
            "Alumni",
            "Anciens",
            "Alumni",
            "Alumni returning as speakers per edition, and their own outcomes.");
    public static final MetricDefinition STAFF = metric(
            "M14",
            MetricUnit.STATISTIC,
            "Medewerkers",
            "Personnel",
            "Staff",
            "The staff questionnaire's items over time.");
    public static final MetricDefinition COMPARISON = metric(
            "M15",
            MetricUnit.DIFFERENCE,
            "Vergelijkingsgroep",
            "Groupe de comparaison",
            "Comparison group",
            "Difference in differences of the main outcomes against referred-but-not-enrolled candidates.");
    public static final MetricDefinition FEEDBACK = metric(
            "M16",
            MetricUnit.STATISTIC,
            "Feedback over de sessies",
            "Avis sur les séances",
            "Session feedback",
            "Per session, kind of session, edition and programme: response among attendees, mean usefulness and "
                    + "clarity (1-5) and the share who would recommend the session, with intervals that allow for "
                    + "one participant answering several sessions; the trend over editions.");

    public static final MetricDefinition PARTNERSHIP = metric(
            "M17",
            MetricUnit.STATISTIC,
            "Partnerschap",
            "Partenariat",
            "Partnership",
            "The partner questionnaire over time: per edition and wave, per edition and for the programme, the mean "
                    + "of each item (1-5) and the share of partners who would partner again; n = partner answers.");

    public static final List<MetricDefinition> ALL = List.of(
            FUNNEL,
            RESPONSE,
            INTEGRATION,
            TRANSITIONS,
            PRE_POST,
            UNCONSCIOUS,
            INTENTION,
            SURVIVAL,
            DOSE,
            EDITIONS,
            NETWORK,
            CONTACTS,
            ALUMNI,
            STAFF,
            COMPARISON,
            FEEDBACK,
            PARTNERSHIP);

    private MetricCatalogue() {}

    /** The metric with this id. */
    public static MetricDefinition byId(String id) {
        return ALL.stream()
                .filter(metric -> metric.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot find metric, expected M1 to M17: " + id));
    }

    private static MetricDefinition metric(
            String id, MetricUnit unit, String nl, String fr, String en, String description) {
        return new MetricDefinition(id, new Labels(nl, fr, en), unit, description);
    }
}
