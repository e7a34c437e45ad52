package io.longitude.core.disclosure;

import java.util.Objects;

/**
 * A share {@code numerator / denominator} between two cells of a {@link CountSystem}. It is shown only when both
 * counts are shown, so a share never tells more than the counts beside it: a share of fewer than k people has its
 * denominator hidden, and a share whose numerator or complement (denominator − numerator) is {@code 0 < x < k} has
 * one of its counts hidden.
 */
public record Share(String numerator, String denominator) {
    public Share {
        Objects.requireNonNull(numerator, "numerator is null");
        Objects.requireNonNull(denominator, "denominator is null");
    }

    /** The latent cell {@code denominator − numerator} that {@link CountSystem} adds for this share. */
    public String complement() {
        return "complement(" + numerator + " of " + denominator + ")";
    }
}
