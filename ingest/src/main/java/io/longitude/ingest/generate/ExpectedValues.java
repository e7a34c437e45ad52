package io.longitude.ingest.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the published estimators estimate under the generator's model: expectations over candidates (not what one
 * generated sample realised), worked out from {@link ProgrammeTruth} and the simulators' constants. The simulation
 * study ({@code ./longitude validate}) scores every estimate against these.
 *
 * <p>Attendance: a candidate's propensity is uniform on [0.35, 0.95]; an enrolled candidate attends each of 10
 * sessions with that chance, a dropped one (share {@link ProgrammeTruth#dropoutShare()}) each of the first 1–4
 * (uniform). Levels: W0 from the initial shares; at each later wave a candidate below 2 moves up with chance
 * u = base + effect · sessions at W1 and u / 2 after; one who does not move up (or is at 2) moves down with chance
 * {@link ProgrammeTruth#downProbability()} when above 0. The comparison group attends nothing. The level distribution
 * by wave is the mixture over attendance of these Markov chains, the propensity integrated numerically.
 */
final class ExpectedValues {
    private static final int WAVES = 5;
    private static final int PROPENSITY_STEPS = 2000;
    private static final int NORMAL_STEPS = 4000;

    private final ProgrammeTruth truth;
    private final double[] attendance;
    private final double[][] enrolledLevels;
    private final double[][] comparisonLevels;

    ExpectedValues(ProgrammeTruth truth) {
        this.truth = truth;
        this.attendance = attendanceDistribution(truth.dropoutShare());
        this.enrolledLevels = new double[WAVES][3];
        for (int sessions = 0; sessions < attendance.length; sessions++) {
            double[][] levels = levels(sessions);
            for (int wave = 0; wave < WAVES; wave++) {
                for (int level = 0; level < 3; level++) {
                    enrolledLevels[wave][level] += attendance[sessions] * levels[wave][level];
                }
            }
        }
        this.comparisonLevels = levels(0);
    }

    /** P(responds at the wave) of an enrolled candidate: dropped candidates answer less from W2 on. */
    List<Double> responseRates() {
        List<Double> rates = new ArrayList<>();
        for (int wave = 0; wave < WAVES; wave++) {
            double factor =
                    wave >= 2 ? 1 - truth.dropoutShare() + truth.dropoutShare() * truth.droppedResponseFactor() : 1;
            rates.add(truth.responseProbability().get(wave) * factor);
        }
        return rates;
    }

    /**
     * The level shares of enrolled candidates at a wave: the reported level at W0 (unconscious integrators report 0),
     * the true level after.
     */
    List<Double> levelShares(int wave) {
        if (wave == 0) {
            double[] initial = enrolledLevels[0];
            double unconscious = truth.unconsciousShare();
            return List.of(
                    initial[0] + unconscious * (initial[1] + initial[2]),
                    initial[1] * (1 - unconscious),
                    initial[2] * (1 - unconscious));
        }
        return List.of(enrolledLevels[wave][0], enrolledLevels[wave][1], enrolledLevels[wave][2]);
    }

    /** Share integrated (level ≥ 1) at Wk minus the share reported integrated at W0, enrolled candidates (M5). */
    List<Double> pairedDifferences() {
        List<Double> differences = new ArrayList<>();
        double intake = 1 - levelShares(0).get(0);
        for (int wave = 0; wave < WAVES; wave++) {
            differences.add(wave == 0 ? 0 : 1 - enrolledLevels[wave][0] - intake);
        }
        return differences;
    }

    /**
     * Change in the share integrated from W0 to Wk, enrolled minus comparison (M15 {@code did|integrated}); the W0
     * shares, reported or true, are the same in both groups and cancel.
     */
    List<Double> differenceInDifferences() {
        List<Double> differences = new ArrayList<>();
        for (int wave = 0; wave < WAVES; wave++) {
            differences.add(wave == 0 ? 0 : (1 - enrolledLevels[wave][0]) - (1 - comparisonLevels[wave][0]));
        }
        return differences;
    }

    /**
     * M4's row shares for the pair W{@code wave}>W{@code wave+1}: P(level j at wave + 1 | level i at wave) over enrolled
     * candidates, row-major (index 3i + j). At W0 the level is the reported one (unconscious integrators report 0 while
     * their true level moves on from 1 or 2), after W0 the true one.
     */
    List<Double> transitionShares(int wave) {
        double unconscious = truth.unconsciousShare();
        double[][] joint = new double[3][3];
        for (int sessions = 0; sessions < attendance.length; sessions++) {
            double[] levels = levels(sessions)[wave];
            // reported[i][k]: P(reported i and true k).
            double[][] reported = new double[3][3];
            for (int level = 0; level < 3; level++) {
                double hidden = wave == 0 && level > 0 ? unconscious : 0;
                reported[0][level] += levels[level] * hidden;
                reported[level][level] += levels[level] * (1 - hidden);
            }
            double[][] step = step(sessions, wave + 1);
            for (int from = 0; from < 3; from++) {
                for (int level = 0; level < 3; level++) {
                    for (int to = 0; to < 3; to++) {
                        joint[from][to] += attendance[sessions] * reported[from][level] * step[level][to];
                    }
                }
            }
        }
        List<Double> shares = new ArrayList<>();
        for (int from = 0; from < 3; from++) {
            double row = joint[from][0] + joint[from][1] + joint[from][2];
            for (int to = 0; to < 3; to++) {
                shares.add(joint[from][to] / row);
            }
        }
        return shares;
    }

    /**
     * M7 {@code acted} for the pair ending at each wave (index = the later wave, NaN at W0): of candidates at level 0 at
     * the wave before who are interested, the share at level ≥ 1. Interest is drawn apart from the levels, so this is
     * the chance of leaving level 0.
     */
    List<Double> actedByWave() {
        List<Double> acted = new ArrayList<>();
        acted.add(Double.NaN);
        for (int wave = 1; wave < WAVES; wave++) {
            acted.add(1 - transitionShares(wave - 1).get(0));
        }
        return acted;
    }

    /**
     * Among candidates reporting 0 at W0, the share the coach assesses at ≥ 1 (M6): true level 0 is assessed 1 when
     * the assessment errs upwards, true 1 is assessed ≥ 1 unless it errs downwards, true 2 always.
     */
    double unconsciousIntegrators() {
        double[] initial = enrolledLevels[0];
        double unconscious = truth.unconsciousShare();
        double halfError = CandidateSimulator.ASSESSMENT_ERROR / 2;
        double reportingZero = initial[0] + unconscious * (initial[1] + initial[2]);
        return (initial[0] * halfError + unconscious * (initial[1] * (1 - halfError) + initial[2])) / reportingZero;
    }

    /**
     * S(12 months) of a launched business: the stop comes after X ~ Exp(rate) months of 30.4 days, kept in whole days;
     * M8 counts months of 30.44 days, so S(12) = P(days ≥ 366) = exp(−rate · 366 / 30.4).
     */
    double survivalAt12Months() {
        long days = (long) Math.floor(12 * 30.44) + 1;
        return Math.exp(-CandidateSimulator.STOP_RATE_PER_MONTH * days / CandidateSimulator.DAYS_PER_STOP_MONTH);
    }

    /**
     * The expected answer to each staff item at a wave: round(baseline + person + drift · wave + noise) kept within 1–5,
     * person ~ N(0, 0.3²), noise ~ N(0, 0.6²), over people (not the three of one programme).
     */
    List<Double> staffItemMeans(int wave) {
        double sd = Math.hypot(StaffSimulator.PERSONAL_SD, StaffSimulator.ANSWER_SD);
        List<Double> means = new ArrayList<>();
        for (double baseline : truth.staffItemBaseline()) {
            double centre = baseline + truth.staffItemDriftPerWave() * wave;
            double mean = 0;
            for (int answer = 1; answer <= 5; answer++) {
                double low = answer == 1 ? Double.NEGATIVE_INFINITY : answer - 0.5;
                double high = answer == 5 ? Double.POSITIVE_INFINITY : answer + 0.5;
                mean += answer * (normalCdf((high - centre) / sd) - normalCdf((low - centre) / sd));
            }
            means.add(mean);
        }
        return means;
    }

    /** P(sessions attended = k), k = 0..10, over the propensity and dropout. */
    private static double[] attendanceDistribution(double dropoutShare) {
        double[] distribution = new double[EditionPlan.SESSIONS + 1];
        for (int step = 0; step < PROPENSITY_STEPS; step++) {
            double propensity = CandidateSimulator.PROPENSITY_LOW
                    + CandidateSimulator.PROPENSITY_WIDTH * (step + 0.5) / PROPENSITY_STEPS;
            double weight = 1.0 / PROPENSITY_STEPS;
            addBinomial(distribution, EditionPlan.SESSIONS, propensity, weight * (1 - dropoutShare));
            for (int last = 1; last <= CandidateSimulator.DROPOUT_LAST_SESSION_MAX; last++) {
                addBinomial(
                        distribution,
                        last,
                        propensity,
                        weight * dropoutShare / CandidateSimulator.DROPOUT_LAST_SESSION_MAX);
            }
        }
        return distribution;
    }

    private static void addBinomial(double[] distribution, int trials, double chance, double weight) {
        double coefficient = 1;
        for (int k = 0; k <= trials; k++) {
            distribution[k] += weight * coefficient * Math.pow(chance, k) * Math.pow(1 - chance, trials - k);
            coefficient = coefficient * (trials - k) / (k + 1);
        }
    }

    /** The level distribution at W0..W4 of a candidate who attended {@code sessions}. */
    private double[][] levels(int sessions) {
        double[][] levels = new double[WAVES][3];
        for (int level = 0; level < 3; level++) {
            levels[0][level] = truth.initialLevelShares().get(level);
        }
        for (int wave = 1; wave < WAVES; wave++) {
            double[][] step = step(sessions, wave);
            for (int from = 0; from < 3; from++) {
                for (int to = 0; to < 3; to++) {
                    levels[wave][to] += levels[wave - 1][from] * step[from][to];
                }
            }
        }
        return levels;
    }

    /**
     * P(level j at {@code wave} | level i at the wave before) of a candidate who attended {@code sessions}: below 2 up
     * with chance u (u / 2 after W1), else above 0 down with the down probability.
     */
    private double[][] step(int sessions, int wave) {
        double up = truth.upBase() + truth.attendanceEffectPerSession() * sessions;
        double chance = wave == 1 ? up : up / 2;
        double down = truth.downProbability();
        return new double[][] {
            {1 - chance, chance, 0},
            {(1 - chance) * down, (1 - chance) * (1 - down), chance},
            {0, down, 1 - down}
        };
    }

    /** Φ(x) by Simpson's rule on the standard normal density from −10 (error below 10⁻¹²). */
    static double normalCdf(double x) {
        if (x == Double.NEGATIVE_INFINITY || x < -10) {
            return 0;
        }
        if (x == Double.POSITIVE_INFINITY || x > 10) {
            return 1;
        }
        double low = -10;
        double step = (x - low) / NORMAL_STEPS;
        double sum = density(low) + density(x);
        for (int i = 1; i < NORMAL_STEPS; i++) {
            sum += density(low + i * step) * (i % 2 == 1 ? 4 : 2);
        }
        return sum * step / 3;
    }

    private static double density(double x) {
        return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }
}
