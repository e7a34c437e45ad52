package io.longitude.bench.speed;

/**
 * The core queries timed in Longitude (Spark) and in DuckDB: three impact families and the window over waves, M12's
 * running sum of new contacts per candidate ordered by wave (the analysis's window over waves; M4 pairs waves by a
 * self-join instead).
 */
enum CoreQuery {
    RESPONSE_RATES("M2 response rates"),
    INTEGRATION_SHARES("M3 integration shares"),
    TRANSITIONS("M4 transitions"),
    CONTACT_GROWTH("M12 contact growth (window)");

    private final String title;

    CoreQuery(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
