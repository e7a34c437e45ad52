package io.longitude.core.disclosure;

/**
 * Why a cell is hidden, and what its mark tells a reader. Pages mark the two differently, so a mark never says
 * something false: "< k" stands only on a count that really is 1..k−1.
 */
public enum Reason {
    /** The count itself is {@code 0 < n < k} in a sensitive category; marked "< k". */
    PRIMARY,
    /** The count is hidden so that another figure cannot be worked out from it; marked "×". */
    COMPLEMENTARY
}
