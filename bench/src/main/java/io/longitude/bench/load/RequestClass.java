package io.longitude.bench.load;

/** The classes the results are reported by; each has its own latency histogram and target. */
enum RequestClass {
    /** Pre-aggregated HTML pages: edition, compared, network, trajectories, quality, portfolio, funder report. */
    PAGE("pages", 100),
    /** Charts drawn on the server, PNG and SVG. */
    CHART("charts", 150),
    /** The JSON API: editions and an edition's metric rows. */
    API("JSON API", 0),
    /** An analyst's small ad-hoc query (POST /api/sql). */
    SQL("small SQL query", 1_500),
    /** The funder report's downloads: CSV and, occasionally, PDF. */
    EXPORT("report downloads (CSV, PDF)", 0),
    /** The heavy console query of the analyst phase; not a dashboard request. */
    HEAVY("heavy analyst query", 0),
    /** Form sign-in (bcrypt); once per virtual user. */
    SIGN_IN("sign-in", 0);

    private final String label;
    private final long targetP95Millis;

    RequestClass(String label, long targetP95Millis) {
        this.label = label;
        this.targetP95Millis = targetP95Millis;
    }

    String label() {
        return label;
    }

    /** The p95 target in milliseconds, 0 when the class has none. */
    long targetP95Millis() {
        return targetP95Millis;
    }

    /** Pages, charts and the JSON API: what the dashboard itself serves from its pre-computed metrics. */
    boolean dashboard() {
        return this == PAGE || this == CHART || this == API;
    }
}
