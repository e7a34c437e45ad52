package io.longitude.ingest.generate;

import io.longitude.core.domain.Wave;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The programme's two partner organisations (one runs the sessions, the other brings the contacts; both bring
 * expertise) and their partner questionnaires at each wave of each edition up to the as-of date. Each item is a
 * rounded normal around {@link PartnerTruth}'s baseline, rising per edition and per wave; whether they would partner
 * again is drawn with its probability. Draws come from stream 6 of {@link CandidateSimulator#random}.
 */
final class PartnerSimulator {
    /** Name and roles of each partner of the demo's programme; the id is the programme's id and the name's slug. */
    static final List<String[]> PARTNERS = List.of(
            new String[] {"Atelier Durable", "operations;expertise"},
            new String[] {"Brussels Starters Network", "contacts;expertise"});
    /** The partners of any other generated programme (the demo's second, for other professions). */
    static final List<String[]> OTHER_PARTNERS = List.of(
            new String[] {"Horeca Lab Brussels", "operations;communication"},
            new String[] {"Care Works", "contacts;expertise"});

    private static final int STREAM = 6;

    private final long seed;
    private final PartnerTruth truth;
    private final LocalDate asOf;
    private final ProgrammeNames names;
    private final List<String[]> partners;

    PartnerSimulator(long seed, PartnerTruth truth, LocalDate asOf, ProgrammeNames names) {
        this.seed = seed;
        this.truth = truth;
        this.asOf = asOf;
        this.names = names;
        this.partners = names.equals(ProgrammeNames.DEMO) ? PARTNERS : OTHER_PARTNERS;
    }

    /** partners.csv rows: programme_id, partner_id, name, roles. */
    List<String[]> partners() {
        List<String[]> rows = new ArrayList<>();
        for (String[] partner : partners) {
            rows.add(new String[] {names.programmeId(), partnerId(partner), partner[0], partner[1]});
        }
        return rows;
    }

    private String partnerId(String[] partner) {
        return names.programmeId() + "-" + partner[0].toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** partner-followup.csv rows of an edition: partner_id, edition_id, wave, submitted_at, then the items. */
    List<String[]> responses(EditionPlan plan) {
        List<String[]> rows = new ArrayList<>();
        for (int partner = 0; partner < partners.size(); partner++) {
            SplittableRandom random = CandidateSimulator.random(seed, plan.number(), partner, STREAM);
            for (Wave wave : Wave.STANDARD) {
                LocalDate date = plan.waveDate(wave.index());
                boolean responds = random.nextDouble() < truth.responseProbability();
                String[] row = new String[8];
                row[0] = partnerId(partners.get(partner));
                row[1] = plan.editionId();
                row[2] = wave.code();
                row[3] = date.plusDays(random.nextInt(0, 10)) + "T10:" + String.format("%02d", random.nextInt(60))
                        + ":00+01:00";
                for (int item = 0; item < 3; item++) {
                    double centre = truth.centre(item, plan.number(), wave.index());
                    row[4 + item] = Integer.toString((int) Math.max(
                            1, Math.min(5, Math.round(centre + random.nextGaussian() * PartnerTruth.ANSWER_SD))));
                }
                row[7] = random.nextDouble() < truth.again(plan.number()) ? "yes" : "no";
                if (responds && !date.isAfter(asOf)) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
