package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricDefinition;
import java.util.Arrays;
import java.util.Optional;

/** The charts of the edition page, each drawn from one metric family, in page order. */
public enum ChartKind {
    FUNNEL("funnel", MetricCatalogue.FUNNEL, new FunnelChart()),
    RESPONSE_RATE("response-rate", MetricCatalogue.RESPONSE, new ResponseChart()),
    ATTRITION_BIAS("attrition-bias", MetricCatalogue.RESPONSE, new AttritionBiasChart()),
    INTEGRATION("integration", MetricCatalogue.INTEGRATION, new IntegrationChart()),
    TRANSITIONS("transitions", MetricCatalogue.TRANSITIONS, new TransitionChart()),
    PRE_POST("pre-post", MetricCatalogue.PRE_POST, new PrePostChart()),
    AGREEMENT("agreement", MetricCatalogue.UNCONSCIOUS, new AgreementChart()),
    INTENTION("intention", MetricCatalogue.INTENTION, new IntentionChart()),
    SURVIVAL("survival", MetricCatalogue.SURVIVAL, new SurvivalChart()),
    DOSE("dose-response", MetricCatalogue.DOSE, new DoseChart()),
    NETWORK("network", MetricCatalogue.NETWORK, new NetworkChart()),
    CONTACTS("contacts", MetricCatalogue.CONTACTS, new ContactsChart()),
    ALUMNI("alumni", MetricCatalogue.ALUMNI, new AlumniChart()),
    STAFF("staff", MetricCatalogue.STAFF, new StaffChart()),
    COMPARISON("comparison-group", MetricCatalogue.COMPARISON, new ComparisonChart()),
    FEEDBACK("session-feedback", MetricCatalogue.FEEDBACK, new FeedbackChart()),
    PARTNERSHIP("partnership", MetricCatalogue.PARTNERSHIP, new PartnershipChart());

    private final String slug;
    private final MetricDefinition metric;
    private final Family family;

    ChartKind(String slug, MetricDefinition metric, Family family) {
        this.slug = slug;
        this.metric = metric;
        this.family = family;
    }

    /** The chart's name in URLs, e.g. {@code response-rate}. */
    public String slug() {
        return slug;
    }

    public MetricDefinition metric() {
        return metric;
    }

    Family family() {
        return family;
    }

    /** The row's label in the figure's text table. */
    public String label(io.longitude.core.metrics.MetricValue row, Texts texts) {
        return family.label(row, texts);
    }

    /** How the figure's text table writes the row. */
    public RowFormat format(io.longitude.core.metrics.MetricValue row) {
        return family.format(row);
    }

    /** Whether the row goes to the figure's "Statistical detail" rather than its plain table. */
    public boolean technical(io.longitude.core.metrics.MetricValue row) {
        return this == ATTRITION_BIAS || family.technical(row);
    }

    /** Whether the whole figure is statistical detail (folded on the page): the attrition diagnostics. */
    public boolean folded() {
        return this == ATTRITION_BIAS;
    }

    public static Optional<ChartKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
