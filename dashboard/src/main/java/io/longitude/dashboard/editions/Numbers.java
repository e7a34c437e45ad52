package io.longitude.dashboard.editions;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers written for a page's locale: whole counts, shares in percent, differences in percentage points. */
public final class Numbers {
    private Numbers() {}

    public static String count(double count, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(count));
    }

    /** A share in whole percent, rounded half up: {@code 63 %} in French, {@code 63%} in Dutch and English for 10/16. */
    public static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(share);
    }

    /** A number with {@code digits} decimals in the locale's notation, e.g. {@code 1,51} in French. */
    public static String decimal(double value, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A signed whole number, e.g. {@code +3}, {@code −2}, {@code 0}. */
    public static String signed(double value, Locale locale) {
        long rounded = Math.round(value);
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + count(Math.abs(rounded), locale);
    }

    /** A difference of shares in signed whole percentage points, without the unit, e.g. {@code +25}. */
    public static String points(double difference, Locale locale) {
        return signed(difference * 100, locale);
    }

    static String trend(double difference) {
        return Math.abs(difference) < 1e-9 ? "flat" : difference > 0 ? "up" : "down";
    }
}
