/**
 * Small, pure-Java statistics for the analytics jobs (no Spark): every method takes aggregated counts or
 * sufficient statistics, so the Spark jobs reduce the data to small tables and call these methods on the driver.
 *
 * <p>Conventions: 95% intervals ({@link io.longitude.analytics.statistics.Estimate}), results that cannot be
 * computed are {@code Optional.empty()} (never NaN or infinities), invalid input (negative counts, arrays of
 * different lengths, non-finite values) throws {@link java.lang.IllegalArgumentException}. Distributions come
 * from Apache Commons Statistics ({@code commons-statistics-distribution}).
 */
package io.longitude.analytics.statistics;
