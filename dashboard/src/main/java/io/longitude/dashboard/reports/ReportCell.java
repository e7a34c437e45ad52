package io.longitude.dashboard.reports;

/**
 * One rendered cell of a funder table.
 *
 * @param key the count's key, or {@code share:<numerator>/<denominator>}; empty for an absent cell
 * @param display what the reader sees: a count, a percentage, {@code < k}, "–" (no denominator) or "" (absent)
 * @param state {@code shown}, {@code hidden}, {@code empty} or {@code absent}
 * @param shown the shown value (a count, or a share in 0..1), null unless {@code state} is {@code shown}: charts draw
 *     from this alone, so a hidden cell can never become a bar
 */
record ReportCell(String key, String display, String state, Double shown) {
    static final String SHOWN = "shown";
    static final String HIDDEN = "hidden";
    static final String EMPTY = "empty";
    static final String ABSENT = "absent";

    public boolean hidden() {
        return HIDDEN.equals(state);
    }
}
