package io.longitude.core.disclosure;

import java.util.Objects;

/**
 * One count of a table: a number of people (or ties) in a category.
 *
 * @param key a unique name of the cell, e.g. {@code responders|E1|W2}
 * @param count the true count, at least 0
 * @param published true when some funder-visible page, CSV or PDF shows this cell (unless it is hidden); false for a
 *     latent cell that no page shows but a reader may try to work out, such as the candidates who dropped out
 *     (enrolled − completed): it is protected like any other, but never needs hiding itself
 * @param sensitive true when the category is one whose small counts must be protected (e.g. not integrated, dropped
 *     out, business stopped); a count of a category that is not sensitive (e.g. responders) is shown at any size
 */
public record Cell(String key, long count, boolean published, boolean sensitive) {
    public Cell {
        Objects.requireNonNull(key, "key is null");
        if (key.isBlank()) {
            throw new IllegalArgumentException("Cannot create cell, key is blank");
        }
        if (count < 0) {
            throw new IllegalArgumentException("Cannot create cell, count is negative: " + key + " = " + count);
        }
    }
}
