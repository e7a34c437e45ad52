package io.longitude.ingest.generate;

import io.longitude.core.domain.Wave;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The partners' staff: two coaches and a manager, the same people enrolled in every edition, who answer the staff
 * questionnaire (instrument {@code staff}) at each wave of each edition. Each item's mean rises by
 * {@link ProgrammeTruth#staffItemDriftPerWave()} per wave. Draws come from stream 4 of {@link CandidateSimulator#random}:
 * edition 0 for a person's own level, the edition for its answers, so the candidates' streams are unchanged.
 */
final class StaffSimulator {
    /** participant_id, name, role. */
    static final List<String[]> STAFF = List.of(
            new String[] {"STAFF-C1", "Nadia Vermeulen", "coach"},
            new String[] {"STAFF-C2", "Tom Claes", "coach"},
            new String[] {"STAFF-M1", "Leen De Smet", "manager"});

    private static final int STREAM = 4;
    /** The standard deviation of a person's own level and of one answer around it. */
    static final double PERSONAL_SD = 0.3;

    static final double ANSWER_SD = 0.6;

    private final long seed;
    private final ProgrammeTruth truth;
    private final LocalDate asOf;
    private final ProgrammeNames names;

    StaffSimulator(long seed, ProgrammeTruth truth, LocalDate asOf, ProgrammeNames names) {
        this.seed = seed;
        this.truth = truth;
        this.asOf = asOf;
        this.names = names;
    }

    /** The staff's enrolments in an edition, as participants.csv rows. */
    List<String[]> enrolments(EditionPlan plan) {
        List<String[]> rows = new ArrayList<>();
        for (int member = 0; member < STAFF.size(); member++) {
            String[] person = STAFF.get(member);
            String id = names.staffId(person[0]);
            rows.add(new String[] {
                id,
                person[1],
                id.toLowerCase() + "@example.org",
                "+32 2 555 00 0" + (member + 1),
                names.programmeId(),
                plan.editionId(),
                person[2],
                "",
                "enrolled",
                plan.start().toString(),
                "",
                "",
                ""
            });
        }
        return rows;
    }

    /**
     * The staff questionnaires of an edition, as staff-followup.csv rows (participant_id, edition_id, wave,
     * submitted_at, then the items), for the waves planned on or before the as-of date.
     */
    List<String[]> responses(EditionPlan plan) {
        List<Double> baseline = truth.staffItemBaseline();
        List<String[]> rows = new ArrayList<>();
        for (int member = 0; member < STAFF.size(); member++) {
            double personal = CandidateSimulator.random(seed, 0, member, STREAM).nextGaussian() * PERSONAL_SD;
            SplittableRandom random = CandidateSimulator.random(seed, plan.number(), member, STREAM);
            for (Wave wave : Wave.STANDARD) {
                LocalDate date = plan.waveDate(wave.index());
                boolean responds = random.nextDouble() < truth.staffResponseProbability();
                String submitted = date.plusDays(random.nextInt(0, 14)) + "T09:"
                        + String.format("%02d", random.nextInt(60)) + ":00+01:00";
                String[] row = new String[4 + baseline.size()];
                row[0] = names.staffId(STAFF.get(member)[0]);
                row[1] = plan.editionId();
                row[2] = wave.code();
                row[3] = submitted;
                for (int item = 0; item < baseline.size(); item++) {
                    double mean = baseline.get(item) + personal + truth.staffItemDriftPerWave() * wave.index();
                    row[4 + item] = Integer.toString((int) Math.max(
                            1, Math.min(5, Math.round(mean + random.nextGaussian() * ANSWER_SD))));
                }
                if (responds && !date.isAfter(asOf)) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
