package io.longitude.analytics.statistics;

import java.util.Arrays;
import java.util.Comparator;

/** Midranks of weighted values (value i occurring counts[i] times), as in the expanded sample. */
final class Ranks {

    /**
     * @param ranks midrank of values[i] in the expanded sample: (number of smaller observations) + (t + 1)/2 where
     *     t is the number of observations equal to values[i]
     * @param tieSum Σ (t³ − t) over the groups of equal values
     */
    record Midranks(double[] ranks, double tieSum) {}

    private Ranks() {}

    static Midranks of(double[] values, long[] counts) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        double tieSum = 0;
        double before = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            double ties = 0;
            while (end < order.length && values[order[end]] == values[order[start]]) {
                ties += counts[order[end]];
                end++;
            }
            double midrank = before + (ties + 1) / 2;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = midrank;
            }
            tieSum += ties * ties * ties - ties;
            before += ties;
            start = end;
        }
        return new Midranks(ranks, tieSum);
    }
}
