package io.longitude.dashboard.reports;

import io.longitude.dashboard.editions.EditionSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The few headline figures of a published edition: how many took part, how many built sustainable development into
 * their business at the edition's latest survey, how many businesses are still active, how many work with another
 * candidate. Each is the edition's cell of the programme's funder report, after its disclosure control, so a public
 * page shows no figure the funder's report hides and no pair of figures from which a hidden one can be worked out
 * (a part of a protected release is protected). The scope check is the caller's: only published editions ask.
 */
@Component
public class PublicHeadlines {
    private final FunderReports reports;
    private final MessageSource messages;

    PublicHeadlines(FunderReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /** The edition's headline figures in the reader's language; a figure the edition does not have is left out. */
    public List<Headline> of(EditionSummary edition, Locale locale) {
        FunderReport report = reports.published(edition.programmeId(), locale);
        int column = report.columns().indexOf(edition.editionId());
        if (column < 1) {
            return List.of();
        }
        List<Headline> headlines = new ArrayList<>();
        cell(report, "funnel", "report.row.enrolled", "", column)
                .ifPresent(enrolled -> headlines.add(headline(
                        "enrolled",
                        enrolled,
                        text("public.headline.enrolled", locale),
                        text("public.withheld.enrolled", locale),
                        "",
                        locale)));
        lastWave(report, column)
                .ifPresent(wave -> cell(report, "integration", "report.row.share.integrated", wave, column)
                        .ifPresent(share -> headlines.add(headline(
                                "integrated",
                                share,
                                text("public.headline.integrated", locale, text("followup.wave." + wave, locale)),
                                text("public.withheld.integrated", locale, text("followup.wave." + wave, locale)),
                                base(
                                        report,
                                        "integration",
                                        "report.row.answering",
                                        wave,
                                        column,
                                        "public.base.answered",
                                        locale),
                                locale))));
        cell(report, "survival", "report.row.share.active", "", column)
                .ifPresent(share -> headlines.add(headline(
                        "active",
                        share,
                        text("public.headline.active", locale),
                        text("public.withheld.active", locale),
                        base(report, "survival", "report.row.launched", "", column, "public.base.launched", locale),
                        locale)));
        cell(report, "collaboration", "report.row.share.with_tie", "", column)
                .ifPresent(share -> headlines.add(headline(
                        "tie",
                        share,
                        text("public.headline.tie", locale),
                        text("public.withheld.tie", locale),
                        base(report, "funnel", "report.row.enrolled", "", column, "public.base.candidates", locale),
                        locale)));
        return headlines;
    }

    /** The disclosure rule's k: a hidden count stands for fewer than k people. */
    public int k(EditionSummary edition, Locale locale) {
        return reports.published(edition.programmeId(), locale).k();
    }

    /** The latest wave at which the edition has an integration figure. */
    private static Optional<String> lastWave(FunderReport report, int column) {
        List<String> waves = report.waves();
        for (int index = waves.size() - 1; index >= 0; index--) {
            String wave = waves.get(index);
            if (cell(report, "integration", "report.row.answering", wave, column)
                    .isPresent()) {
                return Optional.of(wave);
            }
        }
        return Optional.empty();
    }

    private static Optional<ReportCell> cell(FunderReport report, String table, String row, String wave, int column) {
        return report.row(table, row, wave)
                .map(found -> found.cells().get(column))
                .filter(cell -> !ReportCell.ABSENT.equals(cell.state()));
    }

    private String base(
            FunderReport report, String table, String row, String wave, int column, String key, Locale locale) {
        return cell(report, table, row, wave, column)
                .map(count -> text(key, locale, count.display()))
                .orElse("");
    }

    /**
     * A shown cell as it reads, with its label; a hidden one says "hidden" and names what is hidden in a phrase of its
     * own ({@code withheld}: "share of the businesses launched that are still active"), one of too few answers says
     * so; never a number.
     */
    private Headline headline(String id, ReportCell cell, String label, String withheld, String base, Locale locale) {
        if (cell.state().equals(ReportCell.SHOWN)) {
            return new Headline(
                    id, cell.display(), label, base, cell.state(), "share".equals(cell.unit()) ? cell.shown() : null);
        }
        String value = text(cell.hidden() ? "public.value.hidden" : "public.value.too-few", locale);
        return new Headline(id, value, withheld, base, cell.state(), null);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
