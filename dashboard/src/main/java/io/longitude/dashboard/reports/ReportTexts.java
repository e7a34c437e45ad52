package io.longitude.dashboard.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/** The report's fixed texts in the reader's language: footnote, methods annex, CSV header. */
final class ReportTexts {
    private ReportTexts() {}

    static Function<String, String> lookup(MessageSource messages, Locale locale) {
        return key -> messages.getMessage(key, null, key, locale);
    }

    /**
     * The marks the report uses explained, one sentence each ("< k", "×", "–", an empty cell), and that other counts
     * are shown at any size.
     */
    static List<String> notes(FunderReport report, MessageSource messages, Locale locale) {
        List<ReportCell> cells = report.tables().stream()
                .flatMap(table -> table.rows().stream())
                .flatMap(row -> row.cells().stream())
                .toList();
        List<String> notes = new ArrayList<>();
        if (cells.stream().anyMatch(ReportCell::primary)) {
            notes.add(messages.getMessage(
                    "report.footnote.primary", new Object[] {report.symbol(), report.k() - 1}, locale));
        }
        if (cells.stream().anyMatch(ReportCell::complementary)) {
            notes.add(messages.getMessage(
                    "report.footnote.complementary", new Object[] {report.complementarySymbol()}, locale));
        }
        if (cells.stream()
                .anyMatch(cell ->
                        cell.state().equals(ReportCell.EMPTY) || cell.state().equals(ReportCell.TOO_FEW))) {
            notes.add(messages.getMessage("report.footnote.too-few", new Object[] {report.k()}, locale));
        }
        if (cells.stream().anyMatch(cell -> cell.state().equals(ReportCell.ABSENT))) {
            notes.add(messages.getMessage("report.footnote.absent", null, locale));
        }
        notes.add(messages.getMessage("report.footnote.shown", new Object[] {report.k()}, locale));
        return notes;
    }

    static String footnote(FunderReport report, MessageSource messages, Locale locale) {
        return String.join(" ", notes(report, messages, locale));
    }

    /**
     * The methods annex: sections of a heading and paragraphs.
     *
     * @param intervals the address of the page "how often the intervals are right", which the last section names
     */
    static List<String[]> annex(FunderReport report, MessageSource messages, Locale locale, String intervals) {
        List<String[]> sections = new ArrayList<>();
        sections.add(new String[] {
            messages.getMessage("report.annex.denominators", null, locale),
            messages.getMessage("report.annex.denominators.text", null, locale),
            messages.getMessage("report.annex.programme.text", null, locale)
        });
        sections.add(new String[] {
            messages.getMessage("report.annex.waves", null, locale),
            messages.getMessage("report.annex.waves.text", new Object[] {String.join(", ", report.waves())}, locale)
        });
        sections.add(new String[] {
            messages.getMessage("report.annex.weighting", null, locale),
            messages.getMessage("report.annex.weighting.text", null, locale)
        });
        String categories = String.join(
                ", ",
                report.sensitive().stream()
                        .map(category -> messages.getMessage("report.category." + category.configName(), null, locale))
                        .toList());
        sections.add(new String[] {
            messages.getMessage("report.annex.suppression", new Object[] {report.k()}, locale),
            messages.getMessage(
                    "report.annex.suppression.text",
                    new Object[] {report.k(), report.k() - 1, report.symbol(), categories, report.complementarySymbol()
                    },
                    locale),
            messages.getMessage("report.annex.suppression.method", null, locale)
        });
        sections.add(new String[] {
            messages.getMessage("report.annex.asof", null, locale),
            messages.getMessage("report.annex.asof.text", new Object[] {report.asOf(), report.computedAt()}, locale)
        });
        sections.add(new String[] {
            messages.getMessage("report.annex.intervals", null, locale),
            messages.getMessage("report.annex.intervals.text", new Object[] {intervals}, locale)
        });
        return sections;
    }
}
