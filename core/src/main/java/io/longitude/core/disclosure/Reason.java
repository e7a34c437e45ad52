package io.longitude.core.disclosure;

/** Why a cell is hidden. Pages show both the same way ("< k"), so a reader cannot tell which cells are small. */
public enum Reason {
    /** The count itself is {@code 0 < n < k}. */
    PRIMARY,
    /** The count is hidden so that a primary or latent small count cannot be worked out from the others. */
    COMPLEMENTARY
}
