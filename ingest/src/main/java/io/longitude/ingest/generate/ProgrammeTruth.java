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
        double alumniSpeakerShare) {

    static ProgrammeTruth standard(long seed, int editions) {
        return new ProgrammeTruth(seed, editions, 0.15, 0.10,
                List.of(0.95, 0.85, 0.75, 0.65, 0.55), 0.6,
                List.of(0.45, 0.35, 0.20), 0.30,
                0.04, 0.03, 0.02, 0.6,
                0.25, 0.04, 0.15);
    }

    /** The truth as a small JSON object. */
    String json() {
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
                + "  \"alumni_speaker_share\": " + number(alumniSpeakerShare) + "\n}\n";
    }

    private static String field(String name, String value) {
        return "  \"" + name + "\": " + value + ",\n";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String list(List<Double> values) {
        return values.stream().map(ProgrammeTruth::number).collect(Collectors.joining(", ", "[", "]"));
    }
}
