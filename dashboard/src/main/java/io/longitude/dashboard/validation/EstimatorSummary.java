package io.longitude.dashboard.validation;

import java.util.List;
import java.util.Locale;

/**
 * What the simulation study says of one estimator over all its cells (waves, scopes, sizes).
 *
 * @param id the estimator's name as a slug, {@code m15-difference-in-differences-integrated}: message keys and URLs
 * @param name the study's name of it, {@code M15 difference in differences, integrated}
 * @param metricId the metric it belongs to, {@code M15}
 * @param verdict what a reader should make of its intervals
 * @param cells its cells that have intervals, in the study's order
 */
public record EstimatorSummary(String id, String name, String metricId, Verdict verdict, List<Coverage> cells) {
    /** How far a reader can trust the estimator's 95 % intervals, from the study. */
    public enum Verdict {
        /** At every size and scope (pooled over the waves) within 93–97 %, or its Monte Carlo interval holds 95 %. */
        RIGHT,
        /** At some size and scope the intervals are too narrow beyond chance: they hold the truth less often. */
        APPROXIMATE,
        /** Nowhere too narrow, somewhere wider than needed beyond chance: the intervals are cautious. */
        CAUTIOUS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public EstimatorSummary {
        cells = List.copyOf(cells);
    }

    static EstimatorSummary of(String name, List<Coverage> cells) {
        List<Coverage> withIntervals =
                cells.stream().filter(cell -> cell.intervals() > 0).toList();
        List<Pool> pools = Pool.of(withIntervals);
        Verdict verdict = pools.stream().anyMatch(Pool::tooNarrow)
                ? Verdict.APPROXIMATE
                : pools.stream().anyMatch(Pool::tooWide) ? Verdict.CAUTIOUS : Verdict.RIGHT;
        return new EstimatorSummary(id(name), name, name.substring(0, name.indexOf(' ')), verdict, withIntervals);
    }

    /**
     * The cells of one programme size and scope pooled over the waves: the verdict rests on these, since among some
     * 300 cells a dozen fall outside their Monte Carlo interval by chance alone. Some 80 pools are judged at once, so
     * a pool's Monte Carlo interval is the 99 % one (at 95 %, four pools would be flagged by chance).
     */
    record Pool(int participants, String scope, long intervals, long covered) {
        /** z of a two-sided 99 % interval. */
        private static final double Z_99 = 2.5758293035489;

        static List<Pool> of(List<Coverage> cells) {
            java.util.Map<String, Pool> pools = new java.util.LinkedHashMap<>();
            for (Coverage cell : cells) {
                pools.merge(
                        cell.participants() + "|" + cell.scope(),
                        new Pool(cell.participants(), cell.scope(), cell.intervals(), cell.covered()),
                        (one, other) -> new Pool(
                                one.participants,
                                one.scope,
                                one.intervals + other.intervals,
                                one.covered + other.covered));
            }
            return List.copyOf(pools.values());
        }

        double coverage() {
            return (double) covered / intervals;
        }

        /** Below the band, and the 99 % Monte Carlo interval wholly below 95 %. */
        boolean tooNarrow() {
            return coverage() < Coverage.BAND_LOW
                    && io.longitude.core.metrics.WilsonInterval.of(covered, intervals, Z_99)
                                    .upper()
                            < Coverage.NOMINAL;
        }

        /** Above the band, and the 99 % Monte Carlo interval wholly above 95 %. */
        boolean tooWide() {
            return coverage() > Coverage.BAND_HIGH
                    && io.longitude.core.metrics.WilsonInterval.of(covered, intervals, Z_99)
                                    .lower()
                            > Coverage.NOMINAL;
        }
    }

    /**
     * What the study found at one programme size: the lowest and highest coverage of its cells (whole percent) and
     * whether a pool of that size (a scope over the waves) was too narrow or too wide beyond chance.
     */
    public record SizeRange(int participants, long lowestPercent, long highestPercent, boolean narrow, boolean wide) {}

    /** Per programme size, ascending: its cells' range of coverage and its pools' verdicts. */
    public List<SizeRange> sizes() {
        List<Pool> pools = Pool.of(cells);
        return cells.stream()
                .map(Coverage::participants)
                .distinct()
                .sorted()
                .map(size -> {
                    java.util.DoubleSummaryStatistics coverage = cells.stream()
                            .filter(cell -> cell.participants() == size)
                            .mapToDouble(Coverage::coverage)
                            .summaryStatistics();
                    return new SizeRange(
                            size,
                            Math.round(100 * coverage.getMin()),
                            Math.round(100 * coverage.getMax()),
                            pools.stream().anyMatch(pool -> pool.participants() == size && pool.tooNarrow()),
                            pools.stream().anyMatch(pool -> pool.participants() == size && pool.tooWide()));
                })
                .toList();
    }

    /** The cells outside the band whose own Monte Carlo interval excludes 95 %: shown, though some are chance. */
    public List<Coverage> outside() {
        return cells.stream()
                .filter(cell -> (cell.coverage() < Coverage.BAND_LOW && cell.tooNarrow())
                        || (cell.coverage() > Coverage.BAND_HIGH && cell.tooWide()))
                .toList();
    }

    /** A name as a slug: lower case, every run of other characters than letters and digits one hyphen. */
    static String id(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
