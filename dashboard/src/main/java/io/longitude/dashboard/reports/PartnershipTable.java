package io.longitude.dashboard.reports;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.partnership.Partners;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * The funder report's partnership section: the partner organisations with their roles, then per item of the partner
 * questionnaire (M17) the mean answer (1 to 5) or the share who would partner again, for the programme and each
 * edition over its waves, with the number of answers. Organisations, not people: no count here is a person's, so the
 * section is outside the report's disclosure control (its cells carry no count key); the questionnaire tells partners
 * that their answers are shared pooled with the other partners and the funder.
 */
final class PartnershipTable {
    static final String ID = "partnership";
    /** The items in reading order: how it goes, then the agreements, the expertise, and whether they would go on. */
    private static final List<String> ITEMS =
            List.of("partner_quality", "partner_agreements", "partner_expertise", "partner_again");

    private PartnershipTable() {}

    /** The section, or empty when the programme has neither partners nor answers. */
    static Optional<ReportTable> of(
            String programmeId,
            List<String> editions,
            List<MetricValue> rows,
            List<Partners.Partner> partners,
            List<String> columns,
            MessageSource messages,
            Locale locale) {
        List<MetricValue> own = rows.stream()
                .filter(row -> row.is(MetricCatalogue.PARTNERSHIP)
                        && row.programmeId().equals(programmeId)
                        && row.wave().isEmpty())
                .toList();
        if (own.isEmpty() && partners.isEmpty()) {
            return Optional.empty();
        }
        List<ReportRow> table = new ArrayList<>();
        for (Partners.Partner partner : partners) {
            List<ReportCell> cells = new ArrayList<>();
            String roles = String.join(
                    ", ",
                    partner.roles().stream()
                            .map(role -> messages.getMessage("partnership.role." + role, null, role, locale))
                            .toList());
            cells.add(new ReportCell("", roles, ReportCell.SHOWN, null, "text"));
            editions.forEach(edition -> cells.add(absent()));
            table.add(new ReportRow(
                    messages.getMessage("report.row.partner", new Object[] {partner.name()}, locale),
                    "report.row.partner",
                    partner.partnerId(),
                    false,
                    cells));
        }
        for (String item : ITEMS) {
            List<ReportCell> cells = new ArrayList<>();
            cells.add(cell(find(own, "", item), item, messages, locale));
            editions.forEach(edition -> cells.add(cell(find(own, edition, item), item, messages, locale)));
            if (cells.stream().anyMatch(cell -> !cell.state().equals(ReportCell.ABSENT))) {
                table.add(new ReportRow(
                        messages.getMessage("report.row.partnership." + item, null, locale),
                        "report.row.partnership." + item,
                        "",
                        item.equals("partner_again"),
                        cells));
            }
        }
        return Optional.of(
                new ReportTable(ID, messages.getMessage("report.table.partnership", null, locale), columns, table));
    }

    private static Optional<MetricValue> find(List<MetricValue> rows, String edition, String item) {
        return rows.stream()
                .filter(row -> row.editionId().equals(edition) && row.key().equals(new GroupKey.Item(item)))
                .findFirst();
    }

    private static ReportCell cell(Optional<MetricValue> row, String item, MessageSource messages, Locale locale) {
        if (row.isEmpty() || !row.get().computable()) {
            return absent();
        }
        MetricValue value = row.get();
        String answers = NumberFormat.getIntegerInstance(locale).format(value.n());
        if (item.equals("partner_again")) {
            String share = NumberFormat.getPercentInstance(locale).format(value.value());
            Object[] parts = {share, Long.toString(Math.round(value.numerator())), answers};
            return new ReportCell(
                    "",
                    messages.getMessage("report.partnership.share", parts, locale)
                            .replace('\u00a0', ' ')
                            .replace('\u202f', ' '),
                    ReportCell.SHOWN,
                    value.value(),
                    "share");
        }
        Object[] parts = {String.format(locale, "%.1f", value.value()), answers};
        return new ReportCell(
                "",
                messages.getMessage("report.partnership.mean", parts, locale),
                ReportCell.SHOWN,
                value.value(),
                "mean");
    }

    private static ReportCell absent() {
        return new ReportCell("", "", ReportCell.ABSENT, null, "");
    }
}
