package io.longitude.ingest.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.longitude.core.domain.Wave;
import io.longitude.core.instrument.InstrumentLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the files a programme really has: rosters as canonical CSV (two coaches and a manager enrolled in every
 * edition besides the candidates), one follow-up export per wave (referred-only candidates of the comparison group
 * included), the staff questionnaires ({@value #STAFF_FOLLOWUP}), the session feedback ({@value #SESSION_FEEDBACK}),
 * the partner organisations ({@value #PARTNERS}) with their questionnaires ({@value #PARTNER_FOLLOWUP}) and
 * {@code truth.json}. Streams candidate by candidate, so memory stays flat whatever the number of participants.
 */
public final class DemoProgrammeGenerator {
    /** The programme id of the generated demo programme. */
    public static final String PROGRAMME_ID = ProgrammeNames.DEMO.programmeId();

    /** The staff questionnaires of every edition and wave, canonical whatever the follow-ups' format. */
    public static final String STAFF_FOLLOWUP = "staff-followup.csv";
    /** The candidates' feedback on the sessions they attended, canonical whatever the follow-ups' format. */
    public static final String SESSION_FEEDBACK = "session-feedback.csv";
    /** The programme's partner organisations and their questionnaires. */
    public static final String PARTNERS = "partners.csv";

    public static final String PARTNER_FOLLOWUP = "partner-followup.csv";

    private DemoProgrammeGenerator() {}

    /** Generates a programme into {@code config.out()} and says what it wrote. */
    public static GeneratorSummary generate(GeneratorConfig config) {
        ProgrammeTruth truth = config.varied()
                ? ProgrammeTruth.varied(config.seed(), config.editions())
                : ProgrammeTruth.standard(config.seed(), config.editions());
        List<EditionPlan> plans = plans(config);
        CandidateSimulator simulator =
                new CandidateSimulator(config.seed(), truth, plans, config.asOf(), config.programme());
        StaffSimulator staff = new StaffSimulator(config.seed(), truth, config.asOf(), config.programme());
        FeedbackSimulator feedback = new FeedbackSimulator(config.seed(), FeedbackTruth.STANDARD);
        PartnerSimulator partners =
                new PartnerSimulator(config.seed(), PartnerTruth.STANDARD, config.asOf(), config.programme());
        ProgrammeTruth.Tally tally = new ProgrammeTruth.Tally();
        Path out = config.out();
        long participants = 0;
        long responses = 0;
        try {
            Files.createDirectories(out);
            List<String> followupHeader = new ArrayList<>(CanonicalColumns.FOLLOWUP_KEYS);
            followupHeader.addAll(InstrumentLoader.followup().codes());
            List<String> staffHeader = new ArrayList<>(CanonicalColumns.FOLLOWUP_KEYS);
            staffHeader.addAll(InstrumentLoader.staff().codes());
            List<String> feedbackHeader = new ArrayList<>(CanonicalColumns.FEEDBACK_KEYS);
            feedbackHeader.addAll(InstrumentLoader.sessionFeedback().codes());
            List<String> partnerHeader = new ArrayList<>(CanonicalColumns.PARTNER_KEYS);
            partnerHeader.addAll(InstrumentLoader.partner().codes());
            try (CsvWriter editions = writer(out, "editions.csv", CanonicalColumns.EDITIONS);
                    CsvWriter roster = writer(out, "participants.csv", CanonicalColumns.PARTICIPANTS);
                    CsvWriter sessions = writer(out, "sessions.csv", CanonicalColumns.SESSIONS);
                    CsvWriter attendance = writer(out, "attendance.csv", CanonicalColumns.ATTENDANCE);
                    CsvWriter assessments = writer(out, "assessments.csv", CanonicalColumns.ASSESSMENTS);
                    CsvWriter staffFollowup = writer(out, STAFF_FOLLOWUP, staffHeader);
                    CsvWriter sessionFeedback = writer(out, SESSION_FEEDBACK, feedbackHeader);
                    CsvWriter partnerList = writer(out, PARTNERS, CanonicalColumns.PARTNERS);
                    CsvWriter partnerFollowup = writer(out, PARTNER_FOLLOWUP, partnerHeader);
                    WaveWriters followups = new WaveWriters(out, followupHeader, config.waveFormats())) {
                partners.partners().forEach(partnerList::writeRecord);
                for (EditionPlan plan : plans) {
                    writeEdition(config, plan, editions, sessions);
                    partners.responses(plan).forEach(partnerFollowup::writeRecord);
                    staff.enrolments(plan).forEach(roster::writeRecord);
                    staff.responses(plan).forEach(staffFollowup::writeRecord);
                    for (int index = 0; index < plan.candidates(); index++) {
                        SimulatedCandidate candidate = simulator.simulate(plan, index);
                        tally.add(candidate);
                        roster.writeRecord(candidate.participant());
                        if (candidate.alumnusEnrolment() != null) {
                            roster.writeRecord(candidate.alumnusEnrolment());
                        }
                        candidate.attendance().forEach(attendance::writeRecord);
                        feedback.feedback(plan, index, candidate.attendance()).forEach(sessionFeedback::writeRecord);
                        candidate.assessments().forEach(assessments::writeRecord);
                        responses += followups.write(candidate.followupByWave());
                        participants++;
                    }
                }
            }
            Files.writeString(out.resolve("truth.json"), truth.json(tally.realised()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo programme to " + out + ": " + e.getMessage(), e);
        }
        return new GeneratorSummary(out, plans.size(), participants, responses);
    }

    private static void writeEdition(GeneratorConfig config, EditionPlan plan, CsvWriter editions, CsvWriter sessions) {
        ProgrammeNames names = config.programme();
        editions.writeRecord(
                names.programmeId(),
                plan.editionId(),
                Integer.toString(plan.number()),
                plan.start().toString(),
                plan.end().toString(),
                config.targetGroup(plan.number()),
                names.funderId());
        for (int session = 0; session < EditionPlan.SESSIONS; session++) {
            sessions.writeRecord(
                    plan.sessionId(session),
                    plan.editionId(),
                    plan.sessionDate(session).toString(),
                    EditionPlan.KINDS.get(session).name(),
                    EditionPlan.THEMES.get(session));
        }
    }

    private static List<EditionPlan> plans(GeneratorConfig config) {
        SplittableRandom random = new SplittableRandom(config.seed());
        List<EditionPlan> plans = new ArrayList<>();
        for (int number = 1; number <= config.editions(); number++) {
            int size = config.participants() == 0
                    ? random.nextInt(25, 41)
                    : config.participants() / config.editions()
                            + (number <= config.participants() % config.editions() ? 1 : 0);
            plans.add(EditionPlan.of(config.programme(), number, size));
        }
        return plans;
    }

    static CsvWriter writer(Path out, String name, List<String> header) throws IOException {
        CsvWriter writer =
                CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out.resolve(name), StandardCharsets.UTF_8);
        writer.writeRecord(header);
        return writer;
    }

    /** One follow-up export per wave: {@code followup-W0.csv}, or {@code followup-W0-kobo.csv} in a tool's shape. */
    private static final class WaveWriters implements AutoCloseable {
        private final List<CsvWriter> canonical = new ArrayList<>();
        private final List<ToolExportWriter> tools = new ArrayList<>();

        WaveWriters(Path out, List<String> header, List<ExportFormat> formats) throws IOException {
            for (Wave wave : Wave.STANDARD) {
                ExportFormat format = formats.get(wave.index());
                boolean plain = format == ExportFormat.CANONICAL;
                canonical.add(plain ? writer(out, format.fileName(wave.code()), header) : null);
                tools.add(
                        plain
                                ? null
                                : new ToolExportWriter(
                                        format,
                                        out.resolve(format.fileName(wave.code())),
                                        InstrumentLoader.followup()));
            }
        }

        int write(String[][] rowsByWave) {
            int written = 0;
            for (int wave = 0; wave < rowsByWave.length; wave++) {
                if (rowsByWave[wave] != null) {
                    if (canonical.get(wave) != null) {
                        canonical.get(wave).writeRecord(rowsByWave[wave]);
                    } else {
                        tools.get(wave).write(rowsByWave[wave]);
                    }
                    written++;
                }
            }
            return written;
        }

        @Override
        public void close() throws IOException {
            for (CsvWriter writer : canonical) {
                if (writer != null) {
                    writer.close();
                }
            }
            for (ToolExportWriter writer : tools) {
                if (writer != null) {
                    writer.close();
                }
            }
        }
    }
}
