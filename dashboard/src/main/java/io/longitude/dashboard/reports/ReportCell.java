package io.longitude.dashboard.reports;

/**
 * One rendered cell of a funder table.
 *
 * @param key the count's key, or {@code share:<numerator>/<denominator>}; empty for an absent cell
 * @param display what the reader sees: a count, a percentage, {@code < k} (a count of 1..k−1), {@code ×} (hidden so
 *     that another figure cannot be worked out), "–" (no denominator, or fewer than k people) or "" (absent)
 * @param state {@code shown}, {@code primary}, {@code complementary}, {@code empty} (no denominator), {@code too_few}
 *     (a share of fewer than k people, not computed) or {@code absent}
 * @param shown the shown value (a count, or a share in 0..1), null unless {@code state} is {@code shown}: charts draw
 *     from this alone, so a hidden cell can never become a bar
 * @param unit {@code people}, {@code ties} or {@code share}; "" for an absent cell
 */
record ReportCell(String key, String display, String state, Double shown, String unit) {
    static final String SHOWN = "shown";
    static final String PRIMARY = "primary";
    static final String COMPLEMENTARY = "complementary";
    static final String EMPTY = "empty";
    static final String TOO_FEW = "too_few";
    static final String ABSENT = "absent";

    public boolean hidden() {
        return PRIMARY.equals(state) || COMPLEMENTARY.equals(state);
    }

    public boolean complementary() {
        return COMPLEMENTARY.equals(state);
    }

    public boolean primary() {
        return PRIMARY.equals(state);
    }
}
