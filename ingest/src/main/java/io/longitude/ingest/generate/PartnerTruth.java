package io.longitude.ingest.generate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The true parameters of the generated partner questionnaires ({@link PartnerSimulator}), written into
 * {@code truth.json}: items {@code partner_agreements}, {@code partner_expertise}, {@code partner_quality}.
 *
 * @param responseProbability the chance that a partner answers at a wave
 * @param baseline each item's centre at the first wave of the first edition
 * @param driftPerEdition how much every centre rises per later edition
 * @param driftPerWave how much every centre rises per later wave of an edition
 * @param againFirst the chance of "would partner again" in the first edition
 * @param againPerEdition how much that chance rises per later edition
 */
record PartnerTruth(
        double responseProbability,
        List<Double> baseline,
        double driftPerEdition,
        double driftPerWave,
        double againFirst,
        double againPerEdition) {
    /** The standard deviation of one answer around its centre. */
    static final double ANSWER_SD = 0.6;

    static final PartnerTruth STANDARD = new PartnerTruth(0.9, List.of(3.2, 2.8, 3.6), 0.3, 0.1, 0.7, 0.1);

    PartnerTruth {
        baseline = List.copyOf(baseline);
    }

    double centre(int item, int edition, int wave) {
        return baseline.get(item) + driftPerEdition * (edition - 1) + driftPerWave * wave;
    }

    double again(int edition) {
        return Math.min(1, againFirst + againPerEdition * (edition - 1));
    }

    /** The truth's lines of {@code truth.json}. */
    String json() {
        return field("partner_response_probability", number(responseProbability))
                + field(
                        "partner_item_baseline",
                        baseline.stream().map(PartnerTruth::number).collect(Collectors.joining(", ", "[", "]")))
                + field("partner_drift_per_edition", number(driftPerEdition))
                + field("partner_drift_per_wave", number(driftPerWave))
                + field("partner_again_first_edition", number(againFirst))
                + field("partner_again_per_edition", number(againPerEdition));
    }

    private static String field(String name, String value) {
        return "  \"" + name + "\": " + value + ",\n";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
