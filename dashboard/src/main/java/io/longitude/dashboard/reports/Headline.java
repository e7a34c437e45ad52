package io.longitude.dashboard.reports;

/**
 * One headline figure of a published edition, as its public page, share card and picture show it: a cell of the
 * funder report, so hidden exactly where the funder's is.
 *
 * @param id {@code enrolled}, {@code integrated}, {@code active} or {@code tie}
 * @param value what the reader sees: a count or a percentage; a hidden or uncomputed one shows its symbol
 * @param label what it counts, in the reader's language ("took part in the edition")
 * @param base the count it rests on in words ("of 28 who answered"), or "" for a count
 * @param state the cell's state: {@code shown}, {@code primary}, {@code complementary}, {@code empty} or
 *     {@code too_few}
 * @param share the shown share in 0..1, null for a count or a hidden value: pictures draw from this alone
 */
public record Headline(String id, String value, String label, String base, String state, Double share) {
    public boolean shown() {
        return ReportCell.SHOWN.equals(state);
    }

    public boolean hidden() {
        return ReportCell.PRIMARY.equals(state) || ReportCell.COMPLEMENTARY.equals(state);
    }
}
