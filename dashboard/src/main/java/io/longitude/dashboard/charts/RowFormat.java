package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.Locale;

/** How a text table writes a row's value and its interval. */
public enum RowFormat {
    /** A share with its numerator and denominator: {@code 41.2 % (7/17)}. */
    SHARE,
    /** A share alone, e.g. of weighted sums or a survival probability. */
    PERCENT,
    /** A count with its share: {@code 7 (41.2 %)}. */
    COUNT_SHARE,
    /** A whole count. */
    COUNT,
    /** A ratio or coefficient, three decimals. */
    DECIMAL,
    /** A mean, two decimals. */
    MEAN,
    /** A difference of shares in percentage points. */
    POINTS,
    /** A p-value. */
    P_VALUE,
    /** A test statistic, with its degrees of freedom (numerator) when given. */
    STATISTIC;

    public String value(MetricValue row, Locale locale) {
        double value = row.value();
        return switch (this) {
            case SHARE ->
                row.numerator() == null || row.denominator() == null
                        ? percent(value, locale)
                        : percent(value, locale) + " (" + whole(row.numerator()) + "/" + whole(row.denominator()) + ")";
            case PERCENT -> percent(value, locale);
            case COUNT_SHARE -> whole(row.numerator()) + " (" + percent(value, locale) + ")";
            case COUNT -> whole(value);
            case DECIMAL -> String.format(locale, "%.3f", value);
            case MEAN -> String.format(locale, "%.2f", value);
            case POINTS -> String.format(locale, "%+.1f pp", value * 100);
            case P_VALUE -> value < 0.0001 ? "p < 0.0001" : String.format(locale, "p = %.4f", value);
            case STATISTIC ->
                row.numerator() == null
                        ? String.format(locale, "%.2f", value)
                        : String.format(locale, "%.2f (df %s)", value, whole(row.numerator()));
        };
    }

    /** The interval as the reader sees it, or empty. */
    public String interval(MetricValue row, Locale locale) {
        if (row.lower() == null || row.upper() == null) {
            return "";
        }
        return switch (this) {
            case SHARE, PERCENT, COUNT_SHARE -> percent(row.lower(), locale) + " – " + percent(row.upper(), locale);
            case POINTS -> String.format(locale, "%+.1f – %+.1f pp", row.lower() * 100, row.upper() * 100);
            case MEAN, COUNT -> String.format(locale, "%.2f – %.2f", row.lower(), row.upper());
            default -> String.format(locale, "%.3f – %.3f", row.lower(), row.upper());
        };
    }

    static String whole(Double value) {
        return value == null ? "" : Long.toString(Math.round(value));
    }

    static String percent(double share, Locale locale) {
        return String.format(locale, "%.1f %%", share * 100);
    }
}
