package io.longitude.dashboard.editions;

import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.charts.ChartKind;
import io.longitude.dashboard.charts.MetricSelection;
import io.longitude.dashboard.charts.Texts;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Builds the text tables of the edition page from the same metric rows the charts draw. */
public final class Figures {
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Figures() {}

    public static Figure of(ChartKind kind, List<MetricValue> edition, Texts texts, Locale locale) {
        List<MetricValue> rows = MetricSelection.rows(kind, edition);
        long n = rows.stream().mapToLong(MetricValue::n).max().orElse(0);
        String asOf = rows.isEmpty() ? "" : AS_OF.format(rows.get(0).computedAt()) + " · " + rows.get(0).inputVersions();
        return new Figure(kind.slug(), kind.metric().id(), texts.get("chart." + kind.slug()), kind.metric().name().in(locale), n, asOf,
                rows.stream().map(row -> row(kind, row, texts, locale)).toList());
    }

    private static FigureRow row(ChartKind kind, MetricValue row, Texts texts, Locale locale) {
        String key = row.editionId() + "|" + row.wave() + "|" + row.groupKey();
        String label = switch (kind) {
            case FUNNEL -> deskLabel(MetricSelection.desk(row), texts) + " · " + texts.get("stage." + MetricSelection.stage(row));
            case RESPONSE_RATE -> row.wave();
            case INTEGRATION -> row.wave() + " · " + texts.get("integration." + row.groupKey().substring("level=".length()));
            case NETWORK -> texts.get("network." + row.groupKey());
        };
        String display;
        if (!row.computable()) {
            display = texts.get("value.not-computable");
        } else if (kind == ChartKind.FUNNEL) {
            display = whole(row.numerator()) + " (" + percent(row.value(), locale) + ")";
        } else if (kind == ChartKind.NETWORK && !row.groupKey().equals("share_with_tie")) {
            display = row.denominator() == null ? whole(row.value()) : String.format(locale, "%.3f", row.value());
        } else {
            display = percent(row.value(), locale) + " (" + whole(row.numerator()) + "/" + whole(row.denominator()) + ")";
        }
        String interval = row.lower() == null || row.upper() == null ? ""
                : percent(row.lower(), locale) + " – " + percent(row.upper(), locale);
        return new FigureRow(label, key, row.value(), display, interval, row.n(), row.status(), row.note() == null ? "" : row.note());
    }

    private static String deskLabel(String desk, Texts texts) {
        return desk.equals("all") ? texts.get("desk.all") : desk;
    }

    private static String whole(Double value) {
        return value == null ? "" : Long.toString(Math.round(value));
    }

    private static String percent(double share, Locale locale) {
        return String.format(locale, "%.1f %%", share * 100);
    }
}
