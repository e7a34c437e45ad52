package io.longitude.dashboard.sql;

import io.longitude.sql.QueryLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The SQL console's limits.
 *
 * @param maxRows rows a query returns at most; one more is fetched to set the truncated flag ({@code longitude.sql.max-rows})
 * @param timeout how long a query may run before it is cancelled ({@code longitude.sql.timeout})
 * @param maxConcurrent queries run at once; more wait their turn within their own time limit ({@code longitude.sql.max-concurrent})
 */
@Validated
@ConfigurationProperties("longitude.sql")
public record SqlProperties(
        @DefaultValue("10000") @Min(1) @Max(1_000_000) int maxRows,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("4") @Min(1) @Max(64) int maxConcurrent) {
    public SqlProperties {
        limits(maxRows, timeout, maxConcurrent);
    }

    /** The limits the console's executor applies. */
    public QueryLimits limits() {
        return limits(maxRows, timeout, maxConcurrent);
    }

    private static QueryLimits limits(int maxRows, Duration timeout, int maxConcurrent) {
        return new QueryLimits(maxRows, timeout, maxConcurrent);
    }

    /** The defaults, as when nothing is configured. */
    public static SqlProperties defaults() {
        QueryLimits defaults = QueryLimits.defaults();
        return new SqlProperties(defaults.maxRows(), defaults.timeout(), defaults.maxConcurrent());
    }
}
