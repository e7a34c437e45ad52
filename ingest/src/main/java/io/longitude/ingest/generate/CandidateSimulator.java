package io.longitude.ingest.generate;

import io.longitude.core.domain.TieKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one candidate's path through an edition and its follow-up waves. Every draw comes from a random
 * generator seeded by (seed, edition, candidate), so any candidate can be simulated alone, in any order.
 */
final class CandidateSimulator {
    static final String[] DESKS = {"desk-anderlecht", "desk-molenbeek", "desk-schaerbeek"};
    private static final String[] SECTORS = {
        "food", "retail", "crafts", "construction", "services", "digital", "fashion"
    };
    private static final String[] AGE_BANDS = {"18-24", "25-34", "35-44", "45-54", "55+"};
    private static final String[] FIRST_NAMES = {
        "Amina", "Lucas", "Sofia", "Youssef", "Emma", "Noah", "Lina", "Arthur", "Sara", "Mehdi"
    };
    private static final String[] LAST_NAMES = {
        "Peeters", "El Amrani", "Dubois", "Janssens", "Diallo", "Lambert", "Maes", "Nowak"
    };
    private static final int WAVES = 5;
    /** The share of coach assessments one level off the truth (up or down with equal chance, kept within 0–2). */
    static final double ASSESSMENT_ERROR = 0.1;
    /** A candidate's attendance propensity is uniform from PROPENSITY_LOW to PROPENSITY_LOW + PROPENSITY_WIDTH. */
    static final double PROPENSITY_LOW = 0.35;

    static final double PROPENSITY_WIDTH = 0.6;
    /** A dropped candidate's last session is uniform in 1..this. */
    static final int DROPOUT_LAST_SESSION_MAX = 4;
    /** Businesses stop at this rate per month of {@link #DAYS_PER_STOP_MONTH} days (exponential). */
    static final double STOP_RATE_PER_MONTH = 0.015;

    static final double DAYS_PER_STOP_MONTH = 30.4;

    private final long seed;
    private final ProgrammeTruth truth;
    private final List<EditionPlan> plans;
    private final LocalDate asOf;
    private final ProgrammeNames names;

    CandidateSimulator(long seed, ProgrammeTruth truth, List<EditionPlan> plans, LocalDate asOf, ProgrammeNames names) {
        this.seed = seed;
        this.truth = truth;
        this.plans = List.copyOf(plans);
        this.asOf = asOf;
        this.names = names;
    }

    private String participantId(int edition, int index) {
        return names.participantId(edition, index);
    }

    boolean referredOnly(int edition, int index) {
        return random(edition, index, 1).nextDouble() < truth.referredOnlyShare();
    }

    SimulatedCandidate simulate(EditionPlan plan, int index) {
        SplittableRandom random = random(plan.number(), index, 2);
        String id = participantId(plan.number(), index);
        boolean enrolled = !referredOnly(plan.number(), index);
        boolean dropped = enrolled && random.nextDouble() < truth.dropoutShare();
        double propensity = PROPENSITY_LOW + PROPENSITY_WIDTH * random.nextDouble();
        int lastSession = dropped ? random.nextInt(1, DROPOUT_LAST_SESSION_MAX + 1) : EditionPlan.SESSIONS;
        List<String[]> attendance = new ArrayList<>();
        for (int session = 0; enrolled && session < lastSession; session++) {
            if (random.nextDouble() < propensity) {
                attendance.add(new String[] {plan.sessionId(session), id});
            }
        }
        int attended = attendance.size();
        String status = !enrolled ? "referred" : dropped ? "dropped" : attended >= 7 ? "completed" : "enrolled";
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        String[] participant = {
            id,
            first + " " + last,
            (first + "." + last).toLowerCase().replace(' ', '-') + index + "@example.org",
            String.format("+32 47%d %06d", random.nextInt(10), random.nextInt(1_000_000)),
            names.programmeId(),
            plan.editionId(),
            "candidate",
            pick(random, DESKS),
            status,
            plan.start().minusDays(random.nextInt(7, 31)).toString(),
            pick(random, SECTORS),
            gender(random),
            pick(random, AGE_BANDS)
        };
        if (!enrolled) {
            return comparison(plan, index, participant);
        }
        int[] levels = levels(random, attended);
        boolean unconscious = levels[0] >= 1 && random.nextDouble() < truth.unconsciousShare();
        boolean speaker = "completed".equals(status)
                && plan.number() < plans.size()
                && random.nextDouble() < truth.alumniSpeakerShare();
        List<String[]> assessments = new ArrayList<>();
        for (int wave = 0; wave <= (dropped ? 0 : 1); wave++) {
            int assessed = random.nextDouble() < ASSESSMENT_ERROR
                    ? Math.max(0, Math.min(2, levels[wave] + (random.nextBoolean() ? 1 : -1)))
                    : levels[wave];
            assessments.add(new String[] {
                id,
                plan.editionId(),
                "W" + wave,
                Integer.toString(assessed),
                plan.waveDate(wave).plusDays(random.nextInt(0, 8)).toString()
            });
        }
        String[] alumnus = speaker
                ? new String[] {
                    id,
                    participant[1],
                    participant[2],
                    participant[3],
                    names.programmeId(),
                    plans.get(plan.number()).editionId(),
                    "alumnus_speaker",
                    participant[7],
                    "enrolled",
                    plans.get(plan.number()).start().toString(),
                    participant[10],
                    participant[11],
                    participant[12]
                }
                : null;
        String[][] followups =
                followups(random, plan, index, id, attended, dropped, levels, unconscious, speaker, false);
        return new SimulatedCandidate(participant, alumnus, attendance, assessments, followups, levels, false);
    }

    /**
     * A referred-only candidate. A share of them ({@link ProgrammeTruth#comparisonResponseShare()}) still answers the
     * follow-up questionnaire: the comparison group. Their levels move like everyone's but without the programme:
     * no sessions attended, so the chance of moving up is the base chance only, and awareness has no attendance term.
     * They report no ties and no satisfaction. Their draws come from stream 3, so the other streams are unchanged.
     */
    private SimulatedCandidate comparison(EditionPlan plan, int index, String[] participant) {
        SplittableRandom random = random(plan.number(), index, 3);
        if (random.nextDouble() >= truth.comparisonResponseShare()) {
            return new SimulatedCandidate(participant, null, List.of(), List.of(), new String[WAVES][], null, false);
        }
        int[] levels = levels(random, 0);
        boolean unconscious = levels[0] >= 1 && random.nextDouble() < truth.unconsciousShare();
        String[][] followups =
                followups(random, plan, index, participant[0], 0, false, levels, unconscious, false, true);
        return new SimulatedCandidate(participant, null, List.of(), List.of(), followups, levels, true);
    }

    private int[] levels(SplittableRandom random, int attended) {
        int[] levels = new int[WAVES];
        double draw = random.nextDouble();
        List<Double> shares = truth.initialLevelShares();
        levels[0] = draw < shares.get(0) ? 0 : draw < shares.get(0) + shares.get(1) ? 1 : 2;
        double up = truth.upBase() + truth.attendanceEffectPerSession() * attended;
        for (int wave = 1; wave < WAVES; wave++) {
            double chance = wave == 1 ? up : up / 2;
            levels[wave] = levels[wave - 1];
            if (levels[wave] < 2 && random.nextDouble() < chance) {
                levels[wave]++;
            } else if (levels[wave] > 0 && random.nextDouble() < truth.downProbability()) {
                levels[wave]--;
            }
        }
        return levels;
    }

    private String[][] followups(
            SplittableRandom random,
            EditionPlan plan,
            int index,
            String id,
            int attended,
            boolean dropped,
            int[] levels,
            boolean unconscious,
            boolean speaker,
            boolean comparison) {
        String[][] rows = new String[WAVES][];
        List<String> ties = new ArrayList<>();
        LocalDate launch = null;
        LocalDate stop = null;
        String businessStatus = random.nextDouble() < 0.6 ? "idea" : "preparing";
        for (int wave = 0; wave < WAVES; wave++) {
            LocalDate date = plan.waveDate(wave);
            if (wave > 0) {
                if (!comparison) {
                    addTies(random, plan, index, ties);
                }
                if (launch == null && random.nextDouble() < 0.25 + 0.05 * levels[wave]) {
                    launch = date.minusDays(random.nextInt(1, 150));
                    stop = launch.plusDays(
                            (long) (-Math.log(1 - random.nextDouble()) / STOP_RATE_PER_MONTH * DAYS_PER_STOP_MONTH));
                }
            }
            if (launch != null) {
                businessStatus = stop.isAfter(date) ? "launched" : "stopped";
            }
            double probability =
                    truth.responseProbability().get(wave) * (dropped && wave >= 2 ? truth.droppedResponseFactor() : 1);
            boolean responds = random.nextDouble() < probability;
            if (date.isAfter(asOf) || !responds) {
                continue;
            }
            int reported = wave == 0 && unconscious ? 0 : levels[wave];
            // Drawn only when the truth has missing answers, so a programme without keeps its random stream.
            boolean unanswered = truth.itemMissingShare() > 0 && random.nextDouble() < truth.itemMissingShare();
            rows[wave] = new String[] {
                id,
                plan.editionId(),
                "W" + wave,
                date.plusDays(random.nextInt(0, 21)) + "T10:" + String.format("%02d", random.nextInt(60)) + ":00+01:00",
                awareness(random, levels[wave], wave, attended),
                awareness(random, levels[wave], wave, attended),
                awareness(random, levels[wave], wave, attended),
                awareness(random, levels[wave], wave, attended),
                awareness(random, levels[wave], wave, attended),
                unanswered ? "" : Integer.toString(reported),
                !unanswered && reported == 0
                        ? Integer.toString(
                                random.nextDouble() < truth.interestedShare()
                                        ? random.nextInt(2, 4)
                                        : random.nextInt(0, 2))
                        : "",
                businessStatus,
                launch == null || launch.isAfter(date) ? "" : launch.toString(),
                "stopped".equals(businessStatus) ? stop.toString() : "",
                "launched".equals(businessStatus) ? Integer.toString(random.nextInt(0, 6)) : "",
                String.join(";", ties),
                Integer.toString(poisson(random, 1 + 0.25 * (wave == 0 ? 0 : attended))),
                wave == 1 && !comparison
                        ? Integer.toString(clip(Math.round(2.5 + 0.15 * attended + random.nextGaussian() * 0.8)))
                        : "",
                speaker && wave >= 2 ? "yes" : ""
            };
        }
        return rows;
    }

    private void addTies(SplittableRandom random, EditionPlan plan, int index, List<String> ties) {
        if (index > 0 && random.nextDouble() < truth.tieWithinEditionProbability()) {
            int other = random.nextInt(index);
            if (!referredOnly(plan.number(), other)) {
                ties.add(participantId(plan.number(), other) + ":"
                        + pick(random, TieKind.values()).code());
            }
        }
        if (plan.number() > 1 && random.nextDouble() < truth.tieAcrossEditionsProbability()) {
            EditionPlan previous = plans.get(plan.number() - 2);
            int other = random.nextInt(previous.candidates());
            if (!referredOnly(previous.number(), other)) {
                ties.add(participantId(previous.number(), other) + ":"
                        + pick(random, TieKind.values()).code());
            }
        }
    }

    private static String awareness(SplittableRandom random, int level, int wave, int attended) {
        if (random.nextDouble() < 0.03) {
            return "";
        }
        double score = 1.5 + 0.8 * level + (wave >= 1 ? 0.08 * attended : 0) + random.nextGaussian() * 0.7;
        return Integer.toString(clip(Math.round(score)));
    }

    private static int clip(long value) {
        return (int) Math.max(1, Math.min(5, value));
    }

    private static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static String gender(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.48 ? "f" : draw < 0.96 ? "m" : "x";
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * The random stream of one (edition, index) pair. Streams in use: 1 referred-only, 2 the candidate's path,
     * 3 the comparison group's follow-ups, 4 the staff questionnaire ({@link StaffSimulator}).
     */
    private SplittableRandom random(int edition, int index, int stream) {
        return random(seed, edition, index, stream);
    }

    static SplittableRandom random(long seed, int edition, int index, int stream) {
        long mixed = seed * 0x9E3779B97F4A7C15L + edition * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L + stream;
        return new SplittableRandom(mixed);
    }
}
