package io.longitude.core.metrics;

/** The {@code status} column of a metric row: the one rule for it, and the codes the table holds. */
public enum MetricStatus {
    /** A value on at least the minimum n. */
    OK("ok"),
    /** A value on fewer than the minimum n: shown with a warning, hidden from the funder report. */
    SMALL_N("small_n"),
    /** No value; the row's note says why. */
    NOT_COMPUTABLE("not_computable");

    private final String code;

    MetricStatus(String code) {
        this.code = code;
    }

    /** The code in the table (and in the message keys {@code status.<code>}). */
    public String code() {
        return code;
    }

    /** The code, so that text built from a status ({@code "status." + status}) reads as the table does. */
    @Override
    public String toString() {
        return code;
    }

    /** The status of a cell: not computable without a value, small_n below the minimum n, else ok. */
    public static MetricStatus of(Double value, long n, int minimumN) {
        return value == null ? NOT_COMPUTABLE : n < minimumN ? SMALL_N : OK;
    }

    /** The status with this code. */
    public static MetricStatus fromCode(String code) {
        for (MetricStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException(
                "Cannot read metric status, expected ok, small_n or not_computable: " + code);
    }
}
