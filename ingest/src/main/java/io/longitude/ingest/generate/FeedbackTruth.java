package io.longitude.ingest.generate;

import io.longitude.core.domain.SessionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The true parameters of the generated session feedback ({@link FeedbackSimulator}), and what M16 estimates under
 * them, written into {@code truth.json}.
 *
 * @param responseProbability the chance that an attended session is answered
 * @param usefulnessThematic the centre of usefulness answers on a thematic session of the first edition
 * @param usefulnessWorkshop the same on a Business Model Canvas workshop
 * @param clarityThematic the centre of clarity answers on a thematic session of the first edition
 * @param clarityWorkshop the same on a workshop
 * @param driftPerEdition how much both centres rise per later edition
 */
record FeedbackTruth(
        double responseProbability,
        double usefulnessThematic,
        double usefulnessWorkshop,
        double clarityThematic,
        double clarityWorkshop,
        double driftPerEdition) {
    /** The standard deviation of a participant's own level, shared by all their answers, and of one answer. */
    static final double PERSONAL_SD = 0.5;

    static final double ANSWER_SD = 0.7;
    /** P(would recommend) given the usefulness answer 1 to 5. */
    static final List<Double> RECOMMEND_GIVEN_USEFULNESS = List.of(0.05, 0.15, 0.45, 0.85, 0.95);

    static final FeedbackTruth STANDARD = new FeedbackTruth(0.7, 3.7, 4.1, 4.0, 3.6, 0.15);

    double usefulness(SessionKind kind, int edition) {
        return (kind == SessionKind.THEMATIC ? usefulnessThematic : usefulnessWorkshop)
                + driftPerEdition * (edition - 1);
    }

    double clarity(SessionKind kind, int edition) {
        return (kind == SessionKind.THEMATIC ? clarityThematic : clarityWorkshop) + driftPerEdition * (edition - 1);
    }

    /** P(answer = 1..5) of a rounded, clipped normal answer around the centre, over participants and answers. */
    static double[] answerDistribution(double centre) {
        double sd = Math.hypot(PERSONAL_SD, ANSWER_SD);
        double[] probabilities = new double[5];
        for (int answer = 1; answer <= 5; answer++) {
            double low = answer == 1 ? Double.NEGATIVE_INFINITY : answer - 0.5;
            double high = answer == 5 ? Double.POSITIVE_INFINITY : answer + 0.5;
            probabilities[answer - 1] =
                    ExpectedValues.normalCdf((high - centre) / sd) - ExpectedValues.normalCdf((low - centre) / sd);
        }
        return probabilities;
    }

    /** The expected answer around the centre. */
    static double expectedMean(double centre) {
        double[] probabilities = answerDistribution(centre);
        double mean = 0;
        for (int answer = 1; answer <= 5; answer++) {
            mean += answer * probabilities[answer - 1];
        }
        return mean;
    }

    /** The expected share who would recommend, given usefulness answers around the centre. */
    static double expectedRecommend(double centre) {
        double[] probabilities = answerDistribution(centre);
        double share = 0;
        for (int answer = 1; answer <= 5; answer++) {
            share += RECOMMEND_GIVEN_USEFULNESS.get(answer - 1) * probabilities[answer - 1];
        }
        return share;
    }

    /** The truth's lines of {@code truth.json}: parameters, then per kind the expected values by edition. */
    String json(int editions) {
        StringBuilder json = new StringBuilder();
        json.append(field("feedback_response_probability", number(responseProbability)));
        json.append(field("feedback_drift_per_edition", number(driftPerEdition)));
        for (SessionKind kind : SessionKind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            List<Double> usefulness = new ArrayList<>();
            List<Double> clarity = new ArrayList<>();
            List<Double> recommend = new ArrayList<>();
            for (int edition = 1; edition <= editions; edition++) {
                usefulness.add(expectedMean(usefulness(kind, edition)));
                clarity.add(expectedMean(clarity(kind, edition)));
                recommend.add(expectedRecommend(usefulness(kind, edition)));
            }
            json.append(field("expected_feedback_usefulness_" + name + "_by_edition", list(usefulness)));
            json.append(field("expected_feedback_clarity_" + name + "_by_edition", list(clarity)));
            json.append(field("expected_feedback_recommend_" + name + "_by_edition", list(recommend)));
        }
        return json.toString();
    }

    private static String field(String name, String value) {
        return "  \"" + name + "\": " + value + ",\n";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static String list(List<Double> values) {
        return values.stream().map(FeedbackTruth::number).collect(Collectors.joining(", ", "[", "]"));
    }
}
