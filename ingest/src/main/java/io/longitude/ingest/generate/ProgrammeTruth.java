package io.longitude.ingest.generate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The true parameters of a generated programme, written to {@code truth.json} so tests can check that the metrics
 * recover them.
 */
record ProgrammeTruth(
        long seed,
        int editions,
        double referredOnlyShare,
        double dropoutShare,
        List<Double> responseProbability,
        double droppedResponseFactor,
        List<Double> initialLevelShares,
        double unconsciousShare,
        double upBase,
        double attendanceEffectPerSession,
        double downProbability,
        double interestedShare,
        double tieWithinEditionProbability,
        double tieAcrossEditionsProbability,
        double alumniSpeakerShare,
        double comparisonResponseShare,
        List<Double> staffItemBaseline,
        double staffItemDriftPerWave,
        double staffResponseProbability,
        double itemMissingShare) {
    /** The range of {@link #varied}'s drop in response per wave (standard 0.10: 95, 85, 75, 65, 55 %). */
    static final double ATTRITION_LOW = 0.05;

    static final double ATTRITION_HIGH = 0.15;
    /** The range of {@link #varied}'s share of referred candidates who do not enrol (standard 0.15). */
    static final double REFERRED_ONLY_LOW = 0.10;

    static final double REFERRED_ONLY_HIGH = 0.30;
    /** The range of {@link #varied}'s share of follow-ups that leave the integration question blank (standard 0). */
    static final double MISSING_HIGH = 0.15;

    static ProgrammeTruth standard(long seed, int editions) {
        return new ProgrammeTruth(
                seed,
                editions,
                0.15,
                0.10,
                List.of(0.95, 0.85, 0.75, 0.65, 0.55),
                0.6,
                List.of(0.45, 0.35, 0.20),
                0.30,
                0.04,
                0.03,
                0.02,
                0.6,
                0.25,
                0.04,
                0.15,
                0.7,
                List.of(2.2, 2.0, 1.7, 2.1),
                0.3,
                0.9,
                0);
    }

    /**
     * The standard truth with three parameters drawn from the seed, uniformly within their ranges: the drop in
     * response per wave (W0 stays at 95 %), the share of referred candidates who do not enrol (the comparison group's
     * source) and the share of follow-ups without an answer to the integration question (missing completely at
     * random). The simulation study generates its programmes this way, so its coverage holds over these too.
     */
    static ProgrammeTruth varied(long seed, int editions) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x5EED);
        double attrition = random.nextDouble(ATTRITION_LOW, ATTRITION_HIGH);
        double referredOnly = random.nextDouble(REFERRED_ONLY_LOW, REFERRED_ONLY_HIGH);
        double missing = random.nextDouble(0, MISSING_HIGH);
        ProgrammeTruth standard = standard(seed, editions);
        List<Double> response = new java.util.ArrayList<>();
        for (int wave = 0; wave < standard.responseProbability.size(); wave++) {
            response.add(standard.responseProbability.get(0) - attrition * wave);
        }
        return new ProgrammeTruth(
                seed,
                editions,
                referredOnly,
                standard.dropoutShare,
                List.copyOf(response),
                standard.droppedResponseFactor,
                standard.initialLevelShares,
                standard.unconsciousShare,
                standard.upBase,
                standard.attendanceEffectPerSession,
                standard.downProbability,
                standard.interestedShare,
                standard.tieWithinEditionProbability,
                standard.tieAcrossEditionsProbability,
                standard.alumniSpeakerShare,
                standard.comparisonResponseShare,
                standard.staffItemBaseline,
                standard.staffItemDriftPerWave,
                standard.staffResponseProbability,
                missing);
    }

    /** The truth as a small JSON object, with what the generated sample realised. */
    String json(Realised realised) {
        return "{\n"
                + field("seed", Long.toString(seed))
                + field("editions", Integer.toString(editions))
                + field("referred_only_share", number(referredOnlyShare))
                + field("dropout_share", number(dropoutShare))
                + field("response_probability_by_wave", list(responseProbability))
                + field("dropped_response_factor_after_w1", number(droppedResponseFactor))
                + field("initial_level_shares", list(initialLevelShares))
                + field("unconscious_integrator_share", number(unconsciousShare))
                + field("integration_up_probability_base", number(upBase))
                + field("attendance_effect_per_session", number(attendanceEffectPerSession))
                + field("integration_down_probability", number(downProbability))
                + field("interested_share_at_level_0", number(interestedShare))
                + field("tie_within_edition_probability", number(tieWithinEditionProbability))
                + field("tie_across_editions_probability", number(tieAcrossEditionsProbability))
                + field("alumni_speaker_share", number(alumniSpeakerShare))
                + field("comparison_response_share", number(comparisonResponseShare))
                + field("comparison_attended_sessions", "0")
                + field("comparison_integration_up_probability_w1", number(upBase))
                + field("comparison_integration_up_probability_after_w1", number(upBase / 2))
                + field("comparison_candidates", Long.toString(realised.comparisonCandidates()))
                + field("enrolled_candidates", Long.toString(realised.enrolledCandidates()))
                + field("mean_sessions_attended_enrolled", number(realised.meanSessionsAttended()))
                + field(
                        "programme_effect_on_up_probability_w1",
                        number(attendanceEffectPerSession * realised.meanSessionsAttended()))
                + field(
                        "programme_effect_on_up_probability_after_w1",
                        number(attendanceEffectPerSession * realised.meanSessionsAttended() / 2))
                + field("did_true_mean_level_by_wave", list(realised.differenceInDifferences()))
                + field("staff_item_baseline", list(staffItemBaseline))
                + field("staff_response_probability", number(staffResponseProbability))
                + field("integration_item_missing_share", number(itemMissingShare))
                + expected(new ExpectedValues(this))
                + FeedbackTruth.STANDARD.json(editions)
                + PartnerTruth.STANDARD.json()
                + "  \"staff_item_drift_per_wave\": " + number(staffItemDriftPerWave) + "\n}\n";
    }

    /**
     * What the generated sample realised, from every simulated candidate's true levels whether or not they responded.
     *
     * @param differenceInDifferences for W0 to W4: (mean true sd_integration at the wave minus at W0) of enrolled
     *     candidates, minus the same of the comparison group; 0 at W0
     */
    record Realised(
            long enrolledCandidates,
            long comparisonCandidates,
            double meanSessionsAttended,
            List<Double> differenceInDifferences) {}

    /** Sums the true levels of enrolled and comparison candidates, candidate by candidate, in flat memory. */
    static final class Tally {
        private final double[] enrolledChange = new double[5];
        private final double[] comparisonChange = new double[5];
        private long enrolled;
        private long comparison;
        private long sessions;

        void add(SimulatedCandidate candidate) {
            if (candidate.enrolled()) {
                enrolled++;
                sessions += candidate.attendance().size();
                add(enrolledChange, candidate.levels());
            } else if (candidate.comparison()) {
                comparison++;
                add(comparisonChange, candidate.levels());
            }
        }

        private static void add(double[] sums, int[] levels) {
            for (int wave = 0; wave < sums.length; wave++) {
                sums[wave] += levels[wave] - levels[0];
            }
        }

        Realised realised() {
            List<Double> did = new java.util.ArrayList<>();
            for (int wave = 0; wave < enrolledChange.length; wave++) {
                double treated = enrolled == 0 ? 0 : enrolledChange[wave] / enrolled;
                double control = comparison == 0 ? 0 : comparisonChange[wave] / comparison;
                did.add(enrolled == 0 || comparison == 0 ? Double.NaN : treated - control);
            }
            return new Realised(enrolled, comparison, enrolled == 0 ? 0 : (double) sessions / enrolled, did);
        }
    }

    /**
     * What the estimators estimate under this model ({@link ExpectedValues}), with six decimals: the values the
     * simulation study ({@code ./longitude validate}) scores the published figures against.
     */
    private static String expected(ExpectedValues expected) {
        StringBuilder json = new StringBuilder();
        json.append(field("expected_response_rate_by_wave", precise(expected.responseRates())));
        for (int wave = 0; wave < 5; wave++) {
            json.append(field("expected_level_shares_w" + wave, precise(expected.levelShares(wave))));
        }
        json.append(field("expected_paired_difference_integrated_by_wave", precise(expected.pairedDifferences())));
        json.append(field("expected_did_integrated_by_wave", precise(expected.differenceInDifferences())));
        for (int wave = 0; wave < 4; wave++) {
            json.append(field(
                    "expected_transition_shares_w" + wave + "_w" + (wave + 1),
                    precise(expected.transitionShares(wave))));
        }
        json.append(field("expected_acted_by_wave", precise(expected.actedByWave())));
        json.append(field("expected_unconscious_integrators_w0", precise(expected.unconsciousIntegrators())));
        json.append(field("expected_business_survival_12_months", precise(expected.survivalAt12Months())));
        for (int wave = 0; wave < 5; wave++) {
            json.append(field("expected_staff_item_means_w" + wave, precise(expected.staffItemMeans(wave))));
        }
        return json.toString();
    }

    /** Six decimals; JSON's null where there is no value (NaN). */
    private static String precise(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.6f", value);
    }

    private static String precise(List<Double> values) {
        return values.stream().map(ProgrammeTruth::precise).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String field(String name, String value) {
        return "  \"" + name + "\": " + value + ",\n";
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "null";
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String list(List<Double> values) {
        return values.stream().map(ProgrammeTruth::number).collect(Collectors.joining(", ", "[", "]"));
    }
}
