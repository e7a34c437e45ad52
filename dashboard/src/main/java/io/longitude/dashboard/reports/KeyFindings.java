package io.longitude.dashboard.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * The first page of a funder report: the programme's answers to its own questions in plain words, written from the
 * shown figures of the suppressed report only (a finding whose figures are hidden is left out, never guessed). In
 * order: how many took part, whether candidates built sustainable development into their business and how that moved
 * since intake, whether businesses survive, whether candidates work together, how the
 * editions compare, and how many answered the latest survey (what the later figures rest on).
 */
final class KeyFindings {
    private static final int PROGRAMME_COLUMN = 0;

    private final FunderReport report;
    private final MessageSource messages;
    private final Locale locale;

    private KeyFindings(FunderReport report, MessageSource messages, Locale locale) {
        this.report = report;
        this.messages = messages;
        this.locale = locale;
    }

    static List<Finding> of(FunderReport report, MessageSource messages, Locale locale) {
        return new KeyFindings(report, messages, locale).findings();
    }

    private List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        String first = report.waves().isEmpty() ? "" : report.waves().get(0);
        String last = report.lastWave();
        shown("funnel", "report.row.enrolled", "").ifPresent(enrolled -> {
            Optional<String> completed = shown("funnel", "report.row.completed", "");
            Optional<String> share = shown("funnel", "report.row.completed-share", "");
            String text = completed.isPresent() && share.isPresent()
                    ? text(
                            "report.finding.reach.text",
                            enrolled,
                            report.columns().size() - 1,
                            completed.get(),
                            share.get())
                    : text(
                            "report.finding.reach.enrolled",
                            enrolled,
                            report.columns().size() - 1);
            findings.add(new Finding(text("report.finding.reach"), text));
        });
        Optional<String> integratedLast = shown("integration", "report.row.share.integrated", last);
        Optional<String> answeringLast = shown("integration", "report.row.answering", last);
        if (integratedLast.isPresent() && answeringLast.isPresent()) {
            StringBuilder text = new StringBuilder(
                    text("report.finding.integration.text", last, answeringLast.get(), integratedLast.get()));
            Optional<String> core = shown("integration", "report.row.share.level-2", last);
            Optional<String> general = shown("integration", "report.row.share.level-1", last);
            if (core.isPresent() && general.isPresent()) {
                text.append(' ').append(text("report.finding.integration.levels", core.get(), general.get()));
            }
            Optional<String> integratedFirst = shown("integration", "report.row.share.integrated", first);
            Optional<String> answeringFirst = shown("integration", "report.row.answering", first);
            if (!first.equals(last) && integratedFirst.isPresent() && answeringFirst.isPresent()) {
                text.append(' ')
                        .append(text(
                                "report.finding.integration.intake",
                                first,
                                integratedFirst.get(),
                                answeringFirst.get()));
            }
            findings.add(new Finding(text("report.finding.integration"), text.toString()));
        }
        Optional<String> launched = shown("survival", "report.row.launched", "");
        Optional<String> active = shown("survival", "report.row.active", "");
        Optional<String> activeShare = shown("survival", "report.row.share.active", "");
        if (launched.isPresent() && active.isPresent() && activeShare.isPresent()) {
            findings.add(new Finding(
                    text("report.finding.business"),
                    text("report.finding.business.text", launched.get(), active.get(), activeShare.get())));
        }
        Optional<String> tied = shown("collaboration", "report.row.with_tie", "");
        Optional<String> tiedShare = shown("collaboration", "report.row.share.with_tie", "");
        Optional<String> ties = shown("collaboration", "report.row.ties", "");
        Optional<String> participants = shown("collaboration", "report.row.participants", "")
                .or(() -> shown("funnel", "report.row.enrolled", ""));
        if (tied.isPresent() && tiedShare.isPresent() && ties.isPresent() && participants.isPresent()) {
            findings.add(new Finding(
                    text("report.finding.collaboration"),
                    text(
                            "report.finding.collaboration.text",
                            tied.get(),
                            participants.get(),
                            tiedShare.get(),
                            ties.get())));
        }
        editions(last).ifPresent(findings::add);
        Optional<String> responders = shown("response", "report.row.responders", last);
        Optional<String> rate = shown("response", "report.row.response-rate", last);
        if (responders.isPresent() && rate.isPresent()) {
            findings.add(new Finding(
                    text("report.finding.response"),
                    text("report.finding.response.text", last, responders.get(), rate.get())));
        }
        return findings;
    }

    /** The share integrated at the latest wave per edition, beside its n; a hidden share says so in words. */
    private Optional<Finding> editions(String wave) {
        Optional<ReportRow> shares = report.row("integration", "report.row.share.integrated", wave);
        Optional<ReportRow> answering = report.row("integration", "report.row.answering", wave);
        if (shares.isEmpty() || answering.isEmpty() || report.columns().size() < 3) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (int column = 1; column < report.columns().size(); column++) {
            ReportCell share = shares.get().cells().get(column);
            ReportCell n = answering.get().cells().get(column);
            if (share.state().equals(ReportCell.ABSENT)) {
                continue;
            }
            String value = share.hidden() ? text("report.finding.hidden") : share.display();
            parts.add(text("report.finding.editions.part", report.columns().get(column), value, n.display()));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(
                text("report.finding.editions"), text("report.finding.editions.text", wave, String.join("; ", parts))));
    }

    private Optional<String> shown(String table, String labelKey, String wave) {
        return report.row(table, labelKey, wave)
                .map(row -> row.cells().get(PROGRAMME_COLUMN))
                .filter(cell -> ReportCell.SHOWN.equals(cell.state()))
                .map(ReportCell::display);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
