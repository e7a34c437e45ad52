package io.longitude.dashboard.reports;

import io.longitude.core.disclosure.Reason;
import io.longitude.core.disclosure.Share;
import io.longitude.core.disclosure.Suppression;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.context.MessageSource;

/** Turns figures and their suppression into the localised {@link FunderReport} every funder output renders. */
final class ReportRenderer {
    private ReportRenderer() {}

    static FunderReport render(Figures figures, Suppression suppression, MessageSource messages, Locale locale) {
        List<String> columns = new ArrayList<>();
        columns.add(messages.getMessage("report.column.programme", null, locale));
        columns.addAll(figures.editions());
        List<ReportTable> tables = figures.tables().stream()
                .map(table -> new ReportTable(
                        table.id(),
                        messages.getMessage(table.titleKey(), null, locale),
                        columns,
                        table.rows().stream()
                                .map(row -> row(row, suppression, messages, locale))
                                .toList()))
                .toList();
        return new FunderReport(
                figures.programmeId(),
                locale.getLanguage(),
                columns,
                tables,
                suppression.rule().k(),
                suppression.rule().symbol(),
                suppression.rule().complementarySymbol(),
                figures.sensitive(),
                figures.waves(),
                figures.asOf(),
                figures.computedAt() == null ? "" : figures.computedAt().toString());
    }

    private static ReportRow row(RowSpec row, Suppression suppression, MessageSource messages, Locale locale) {
        String label = messages.getMessage(row.labelKey(), null, locale)
                + (row.argument().isEmpty() ? "" : " · " + row.argument());
        List<ReportCell> cells = row.slots().stream()
                .map(slot -> cell(slot, suppression, locale))
                .toList();
        return new ReportRow(label, row.labelKey(), row.argument(), row.shares(), cells);
    }

    static ReportCell cell(Slot slot, Suppression suppression, Locale locale) {
        if (slot.absent()) {
            return new ReportCell("", "", ReportCell.ABSENT, null, "");
        }
        if (slot.count() != null) {
            String unit = ProgrammeCounts.unit(ProgrammeCounts.measure(slot.count()));
            OptionalLong count = suppression.count(slot.count());
            if (count.isPresent()) {
                return new ReportCell(
                        slot.count(),
                        spaces(NumberFormat.getIntegerInstance(locale).format(count.getAsLong())),
                        ReportCell.SHOWN,
                        (double) count.getAsLong(),
                        unit);
            }
            return suppression.reason(slot.count()).orElseThrow() == Reason.PRIMARY
                    ? new ReportCell(slot.count(), suppression.rule().symbol(), ReportCell.PRIMARY, null, unit)
                    : new ReportCell(
                            slot.count(),
                            suppression.rule().complementarySymbol(),
                            ReportCell.COMPLEMENTARY,
                            null,
                            unit);
        }
        Share share = slot.share();
        String key = "share:" + share.numerator() + "/" + share.denominator();
        if (suppression.shareEmpty(share)) {
            return new ReportCell(key, "–", ReportCell.EMPTY, null, "share");
        }
        if (suppression.shareTooFew(share)) {
            return new ReportCell(key, "–", ReportCell.TOO_FEW, null, "share");
        }
        // A share hides with its counts, and is marked as a complement: it is hidden so that it does not give them
        // away.
        return suppression
                .share(share)
                .map(value -> new ReportCell(key, percent(value, locale), ReportCell.SHOWN, value, "share"))
                .orElseGet(() -> new ReportCell(
                        key, suppression.rule().complementarySymbol(), ReportCell.COMPLEMENTARY, null, "share"));
    }

    static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return spaces(format.format(share));
    }

    /** Plain spaces for the no-break spaces of French number formats, which the PDF's standard font lacks. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
