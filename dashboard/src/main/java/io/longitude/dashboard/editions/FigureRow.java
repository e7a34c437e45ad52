package io.longitude.dashboard.editions;

/**
 * One line of a figure's text table.
 *
 * @param key {@code edition|wave|group_key} of the metric row, so tests and scripts can match page and table
 * @param value the raw value, null when not computable
 * @param display the value as the reader sees it
 * @param interval the 95% interval as the reader sees it, or empty
 * @param technical whether the line belongs to the figure's "Statistical detail" (tests, p-values, coefficients)
 */
public record FigureRow(
        String label,
        String key,
        Double value,
        String display,
        String interval,
        long n,
        String status,
        String note,
        boolean technical) {}
