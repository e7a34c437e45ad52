package io.longitude.core.disclosure;

/**
 * The threshold rule of docs/disclosure.md ("The rule"): a count of people {@code 0 < n < k} in a sensitive category
 * is never shown nor can be worked out, and no share is computed from fewer than k people. Zero is shown: "nobody"
 * discloses nothing about a person.
 *
 * @param k the smallest count that may be shown, at least 2 ({@code longitude.disclosure.k}, 5 by default)
 */
public record DisclosureRule(int k) {
    public static final int DEFAULT_K = 5;

    public DisclosureRule {
        if (k < 2) {
            throw new IllegalArgumentException("Cannot create disclosure rule, k must be at least 2: " + k);
        }
    }

    public static DisclosureRule defaults() {
        return new DisclosureRule(DEFAULT_K);
    }

    /** True for a count that must not be shown nor be recomputable: {@code 0 < count < k}. */
    public boolean sensitive(long count) {
        return count > 0 && count < k;
    }

    /** The mark of a primary hidden cell (its count is 1..k−1), e.g. {@code < 5}. */
    public String symbol() {
        return "< " + k;
    }

    /** The mark of a complementary hidden cell: hidden so that another figure cannot be worked out. */
    public String complementarySymbol() {
        return "×";
    }
}
