package io.longitude.ingest.generate;

import io.longitude.core.domain.SessionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The candidates' feedback on the sessions they attended (instrument {@code session-feedback}): each attended session
 * is answered with {@link FeedbackTruth#responseProbability()}, right after it. Usefulness and clarity are a rounded
 * normal around the kind's baseline, raised by {@link FeedbackTruth#driftPerEdition()} per later edition, plus the
 * participant's own level (the same for all their sessions); whether they would recommend the session follows their
 * usefulness answer. Draws come from stream 5 of {@link CandidateSimulator#random}, so the other streams are unchanged.
 */
final class FeedbackSimulator {
    private static final int STREAM = 5;
    /** What candidates write they will do; about half leave it empty. */
    private static final List<String> INTENTIONS = List.of(
            "Ik herwerk mijn businessmodel met de duurzaamheidslaag.",
            "Je vais revoir mes fournisseurs avec cette grille.",
            "Contact opnemen met een andere deelnemer voor een gezamenlijk project.",
            "Tester le canevas avec deux clients ce mois-ci.",
            "Mijn prijzen opnieuw berekenen.",
            "Partager les conseils avec mon associé.");

    private final long seed;
    private final FeedbackTruth truth;

    FeedbackSimulator(long seed, FeedbackTruth truth) {
        this.seed = seed;
        this.truth = truth;
    }

    /**
     * The feedback of one candidate on the sessions they attended (attendance.csv rows: session_id, participant_id),
     * as session-feedback.csv rows: participant_id, session_id, submitted_at, usefulness, clarity, intention,
     * recommend.
     */
    List<String[]> feedback(EditionPlan plan, int index, List<String[]> attendance) {
        SplittableRandom random = CandidateSimulator.random(seed, plan.number(), index, STREAM);
        double personal = random.nextGaussian() * FeedbackTruth.PERSONAL_SD;
        List<String[]> rows = new ArrayList<>();
        for (String[] attended : attendance) {
            int session = plan.sessionIndex(attended[0]);
            SessionKind kind = EditionPlan.KINDS.get(session);
            boolean responds = random.nextDouble() < truth.responseProbability();
            int usefulness = answer(truth.usefulness(kind, plan.number()) + personal, random);
            int clarity = answer(truth.clarity(kind, plan.number()) + personal, random);
            boolean recommend = random.nextDouble() < FeedbackTruth.RECOMMEND_GIVEN_USEFULNESS.get(usefulness - 1);
            String intention = random.nextBoolean() ? INTENTIONS.get(random.nextInt(INTENTIONS.size())) : "";
            String submitted = plan.sessionDate(session) + "T" + (17 + random.nextInt(4)) + ":"
                    + String.format("%02d", random.nextInt(60)) + ":00+01:00";
            if (responds) {
                rows.add(new String[] {
                    attended[1],
                    attended[0],
                    submitted,
                    Integer.toString(usefulness),
                    Integer.toString(clarity),
                    intention,
                    recommend ? "yes" : "no"
                });
            }
        }
        return rows;
    }

    private static int answer(double centre, SplittableRandom random) {
        return (int) Math.max(1, Math.min(5, Math.round(centre + random.nextGaussian() * FeedbackTruth.ANSWER_SD)));
    }
}
