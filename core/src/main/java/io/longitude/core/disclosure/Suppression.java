package io.longitude.core.disclosure;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The outcome of disclosure control on a {@link CountSystem}: which published cells are hidden and why. Every page,
 * CSV and PDF of the programme renders through the same outcome, so a cell is hidden everywhere or nowhere.
 *
 * @param system the counts and their relations
 * @param rule the threshold
 * @param hidden the hidden published cells with their reason
 * @param unresolved small cells that remain determined whatever is hidden (empty unless the relations alone fix them)
 */
public record Suppression(CountSystem system, DisclosureRule rule, Map<String, Reason> hidden, Set<String> unresolved) {
    public Suppression {
        hidden = Map.copyOf(hidden);
        unresolved = Set.copyOf(unresolved);
    }

    /** True when the cell is published and not hidden. */
    public boolean shown(String key) {
        return system.cell(key).published() && !hidden.containsKey(key);
    }

    /** The count a page may show, or empty when it is hidden (or latent). */
    public OptionalLong count(String key) {
        return shown(key) ? OptionalLong.of(system.cell(key).count()) : OptionalLong.empty();
    }

    /** The share a page may show: both counts shown and the denominator at least k; else empty. */
    public Optional<Double> share(Share share) {
        if (!system.shares().contains(share)) {
            throw new IllegalArgumentException("Cannot show share, it is not part of the system: " + share);
        }
        if (!shown(share.numerator()) || !shown(share.denominator())) {
            return Optional.empty();
        }
        long denominator = system.cell(share.denominator()).count();
        return denominator < rule.k()
                ? Optional.empty()
                : Optional.of((double) system.cell(share.numerator()).count() / denominator);
    }

    /** Why a published cell is hidden, or empty when it is shown. */
    public Optional<Reason> reason(String key) {
        return Optional.ofNullable(hidden.get(key));
    }

    /** True when the share's counts are shown but its denominator is zero: not computable rather than hidden. */
    public boolean shareEmpty(Share share) {
        return shown(share.denominator()) && system.cell(share.denominator()).count() == 0;
    }

    /** True when the share's counts are shown but rest on fewer than k people (and more than none): not computed. */
    public boolean shareTooFew(Share share) {
        long denominator = system.cell(share.denominator()).count();
        return shown(share.numerator()) && shown(share.denominator()) && denominator > 0 && denominator < rule.k();
    }
}
