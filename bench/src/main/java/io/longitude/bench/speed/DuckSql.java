package io.longitude.bench.speed;

import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.WilsonInterval;

/**
 * The core queries in DuckDB's SQL, written from the Spark transforms of analytics (same joins, same cells, same
 * Wilson and t intervals), over the tables {@code enrolments} and {@code responses}. Each gives metric_id,
 * programme_id, edition_id, wave, group_key, numerator, denominator, n, value, lower, upper, note, status.
 */
final class DuckSql {
    static final int TABLED_DEGREES = 1000;

    private DuckSql() {}

    /** One bound of the Wilson score interval, clipped to [0, 1] (MetricCells.wilson). */
    static String wilsonMacro() {
        double z = WilsonInterval.Z_95;
        return """
                CREATE OR REPLACE MACRO wilson(k, total, sign) AS least(1.0, greatest(0.0,
                    (k::DOUBLE / total + %1$s / (total * 2.0)) / (1 + %1$s / total)
                    + sign * (%2$s / (1 + %1$s / total)) * sqrt((k::DOUBLE / total) * (1 - k::DOUBLE / total) / total + %1$s / (total * total * 4.0))))
                """.formatted(z * z, z);
    }

    /**
     * Student's t quantile 0.975 at the degrees of freedom: the table t_quantiles (exact, from commons-statistics, for
     * 1..1000), above it the Cornish-Fisher expansion of Abramowitz and Stegun 26.7.5 (error below 1e-12 there).
     */
    static String tQuantile(String degrees) {
        double z = WilsonInterval.Z_95;
        double g1 = (Math.pow(z, 3) + z) / 4;
        double g2 = (5 * Math.pow(z, 5) + 16 * Math.pow(z, 3) + 3 * z) / 96;
        double g3 = (3 * Math.pow(z, 7) + 19 * Math.pow(z, 5) + 17 * Math.pow(z, 3) - 15 * z) / 384;
        double g4 =
                (79 * Math.pow(z, 9) + 776 * Math.pow(z, 7) + 1482 * Math.pow(z, 5) - 1920 * Math.pow(z, 3) - 945 * z)
                        / 92160;
        String d = "(" + degrees + ")::DOUBLE";
        return "(%s + %s / %s + %s / (%s * %s) + %s / (%s * %s * %s) + %s / (%s * %s * %s * %s))"
                .formatted(z, g1, d, g2, d, d, g3, d, d, d, g4, d, d, d, d);
    }

    static String query(CoreQuery query, int minimumN) {
        return switch (query) {
            case RESPONSE_RATES -> responseRates(minimumN);
            case INTEGRATION_SHARES -> integrationShares(minimumN);
            case TRANSITIONS -> transitions(minimumN);
            case CONTACT_GROWTH -> contactGrowth(minimumN);
        };
    }

    private static String enrolled() {
        return "enrolled AS (SELECT programme_id, edition_id, participant_key FROM enrolments "
                + "WHERE role = 'candidate' AND status <> 'referred')";
    }

    /** MetricCells.shares over the CTE {@code cells}. */
    private static String shares(int minimumN) {
        return """
                SELECT metric_id, programme_id, edition_id, wave, group_key, numerator::DOUBLE AS numerator,
                    denominator::DOUBLE AS denominator, n::BIGINT AS n,
                    CASE WHEN denominator > 0 THEN numerator::DOUBLE / denominator END AS value,
                    CASE WHEN denominator >= 2 THEN wilson(numerator, denominator, -1) END AS lower,
                    CASE WHEN denominator >= 2 THEN wilson(numerator, denominator, 1) END AS upper,
                    CASE WHEN denominator > 0 AND NOT denominator >= 2 THEN 'no interval from fewer than 2 observations'
                        WHEN NOT denominator > 0 THEN 'denominator is zero' END AS note,
                    CASE WHEN NOT denominator > 0 OR denominator IS NULL THEN 'not_computable' WHEN n < %d THEN 'small_n' ELSE 'ok' END AS status
                FROM cells
                """.formatted(minimumN);
    }

    private static String responseRates(int minimumN) {
        return """
                WITH %s,
                answers AS (SELECT r.edition_id, r.participant_key, r.wave FROM responses r
                    JOIN enrolled e ON r.participant_key = e.participant_key AND r.edition_id = e.edition_id),
                waves AS (SELECT DISTINCT edition_id, wave FROM answers),
                responded AS (SELECT DISTINCT edition_id, participant_key, wave FROM answers),
                intake AS (SELECT edition_id, participant_key FROM answers WHERE wave = 'W0'),
                status AS (SELECT e.programme_id, e.edition_id, w.wave,
                        rd.participant_key IS NOT NULL AS responded, i.participant_key IS NOT NULL AS responded_intake
                    FROM enrolled e JOIN waves w ON w.edition_id = e.edition_id
                    LEFT JOIN responded rd ON rd.edition_id = e.edition_id AND rd.participant_key = e.participant_key AND rd.wave = w.wave
                    LEFT JOIN intake i ON i.edition_id = e.edition_id AND i.participant_key = e.participant_key),
                scoped AS (SELECT * FROM status UNION ALL SELECT programme_id, '' AS edition_id, wave, responded, responded_intake FROM status),
                totals AS (SELECT programme_id, edition_id, wave, count(*) AS enrolled, sum(responded::BIGINT) AS responded,
                        sum(responded_intake::BIGINT) AS responded_intake, sum((responded AND responded_intake)::BIGINT) AS retained
                    FROM scoped GROUP BY programme_id, edition_id, wave),
                cells AS (
                    SELECT '%2$s' AS metric_id, programme_id, edition_id, wave, 'response_rate' AS group_key, responded AS numerator,
                        enrolled AS denominator, enrolled AS n FROM totals
                    UNION ALL
                    SELECT '%2$s', programme_id, edition_id, wave, 'retention', retained, responded_intake, responded_intake
                    FROM totals WHERE wave <> 'W0')
                %3$s""".formatted(enrolled(), MetricCatalogue.RESPONSE.id(), shares(minimumN));
    }

    private static String integrationShares(int minimumN) {
        return """
                WITH %s,
                answered AS (SELECT r.programme_id, r.edition_id, r.wave, r.sd_integration FROM responses r
                    JOIN enrolled e ON r.participant_key = e.participant_key AND r.edition_id = e.edition_id
                    WHERE r.sd_integration IS NOT NULL),
                scoped AS (SELECT * FROM answered UNION ALL SELECT programme_id, '' AS edition_id, wave, sd_integration FROM answered),
                counts AS (SELECT programme_id, edition_id, wave, sd_integration, count(*) AS numerator FROM scoped
                    GROUP BY programme_id, edition_id, wave, sd_integration),
                grid AS (SELECT DISTINCT programme_id, edition_id, wave FROM scoped),
                levels AS (SELECT * FROM (VALUES (0), (1), (2)) AS levels(level)),
                matrix AS (SELECT g.programme_id, g.edition_id, g.wave, l.level, coalesce(c.numerator, 0) AS numerator
                    FROM grid g CROSS JOIN levels l
                    LEFT JOIN counts c ON c.programme_id = g.programme_id AND c.edition_id = g.edition_id AND c.wave = g.wave
                        AND c.sd_integration = l.level),
                cells AS (SELECT '%s' AS metric_id, programme_id, edition_id, wave, 'level=' || CAST(level AS VARCHAR) AS group_key, numerator,
                    sum(numerator) OVER (PARTITION BY programme_id, edition_id, wave) AS denominator,
                    sum(numerator) OVER (PARTITION BY programme_id, edition_id, wave) AS n FROM matrix)
                %s""".formatted(enrolled(), MetricCatalogue.INTEGRATION.id(), shares(minimumN));
    }

    private static String transitions(int minimumN) {
        return """
                WITH %1$s,
                answers AS (SELECT r.programme_id, r.edition_id, r.participant_key, r.wave,
                        CAST(substring(r.wave, 2) AS INTEGER) AS wave_index, r.sd_integration AS level
                    FROM responses r JOIN enrolled e ON r.participant_key = e.participant_key AND r.edition_id = e.edition_id
                    WHERE r.sd_integration IS NOT NULL),
                edition_pairs AS (SELECT a.programme_id, a.edition_id, a.wave || '>' || b.wave AS wave, a.level AS before, b.level AS after
                    FROM answers a JOIN answers b ON a.participant_key = b.participant_key AND a.edition_id = b.edition_id
                        AND b.wave_index = a.wave_index + 1),
                pairs AS (SELECT * FROM edition_pairs UNION ALL SELECT programme_id, '' AS edition_id, wave, before, after FROM edition_pairs),
                keys AS (SELECT DISTINCT programme_id, edition_id, wave FROM pairs),
                counts AS (SELECT programme_id, edition_id, wave, before, after, count(*) AS numerator FROM pairs
                    GROUP BY programme_id, edition_id, wave, before, after),
                levels AS (SELECT * FROM (VALUES (0), (1), (2)) AS levels(level)),
                matrix AS (SELECT k.programme_id, k.edition_id, k.wave, b.level AS before, a.level AS after, coalesce(c.numerator, 0) AS numerator
                    FROM keys k CROSS JOIN levels b CROSS JOIN levels a
                    LEFT JOIN counts c ON c.programme_id = k.programme_id AND c.edition_id = k.edition_id AND c.wave = k.wave
                        AND c.before = b.level AND c.after = a.level),
                directions AS (SELECT programme_id, edition_id, wave,
                        CASE WHEN after > before THEN 'up' WHEN after = before THEN 'stay' ELSE 'down' END AS direction, count(*) AS numerator
                    FROM pairs GROUP BY ALL),
                movers AS (SELECT k.programme_id, k.edition_id, k.wave, d.direction, coalesce(c.numerator, 0) AS numerator
                    FROM keys k CROSS JOIN (SELECT * FROM (VALUES ('up'), ('stay'), ('down')) AS d(direction)) d
                    LEFT JOIN directions c ON c.programme_id = k.programme_id AND c.edition_id = k.edition_id AND c.wave = k.wave
                        AND c.direction = d.direction),
                cells AS (
                    SELECT '%2$s' AS metric_id, programme_id, edition_id, wave, 'from=' || CAST(before AS VARCHAR) || '|to=' || CAST(after AS VARCHAR) AS group_key, numerator,
                        sum(numerator) OVER (PARTITION BY programme_id, edition_id, wave, before) AS denominator,
                        sum(numerator) OVER (PARTITION BY programme_id, edition_id, wave, before) AS n FROM matrix
                    UNION ALL
                    SELECT '%2$s', programme_id, edition_id, wave, direction, numerator,
                        sum(numerator) OVER (PARTITION BY programme_id, edition_id, wave),
                        sum(numerator) OVER (PARTITION BY programme_id, edition_id, wave) FROM movers)
                %3$s""".formatted(enrolled(), MetricCatalogue.TRANSITIONS.id(), shares(minimumN));
    }

    private static String contactGrowth(int minimumN) {
        return """
                WITH %1$s,
                answers AS (SELECT r.programme_id, r.edition_id, r.participant_key, r.wave,
                        coalesce(try_cast(substring(r.wave, 2) AS INTEGER), 2147483647) AS wave_order, r.new_contacts
                    FROM responses r SEMI JOIN enrolled e
                        ON r.programme_id = e.programme_id AND r.edition_id = e.edition_id AND r.participant_key = e.participant_key),
                running AS (SELECT *, sum(coalesce(new_contacts, 0)) OVER (PARTITION BY programme_id, edition_id, participant_key
                        ORDER BY wave_order, wave ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative FROM answers),
                answered AS (SELECT programme_id, edition_id, wave, new_contacts, cumulative FROM running WHERE new_contacts IS NOT NULL),
                scoped AS (SELECT * FROM answered UNION ALL SELECT programme_id, '' AS edition_id, wave, new_contacts, cumulative FROM answered),
                per_wave AS (SELECT programme_id, edition_id, wave, count(*) AS answers, sum(new_contacts) AS total,
                        stddev_samp(new_contacts) AS total_sd, sum(cumulative) AS cumulative, stddev_samp(cumulative) AS cumulative_sd
                    FROM scoped GROUP BY programme_id, edition_id, wave),
                totals AS (SELECT programme_id, edition_id, wave, 'new_contacts|total' AS group_key, total::DOUBLE AS numerator,
                        NULL::DOUBLE AS denominator, answers AS n, total::DOUBLE AS value, NULL::DOUBLE AS lower, NULL::DOUBLE AS upper,
                        NULL::VARCHAR AS note FROM per_wave),
                mean_cells AS (
                    SELECT programme_id, edition_id, wave, 'new_contacts|mean' AS group_key, total::DOUBLE AS numerator,
                        answers::DOUBLE AS denominator, answers AS n, total_sd AS sd FROM per_wave
                    UNION ALL
                    SELECT programme_id, edition_id, wave, 'cumulative|mean', cumulative::DOUBLE, answers::DOUBLE, answers, cumulative_sd
                    FROM per_wave),
                with_t AS (SELECT m.*, CASE WHEN m.denominator > 0 THEN m.numerator / m.denominator END AS value,
                        CASE WHEN m.n >= 2 THEN coalesce(t.q, %2$s) END AS t
                    FROM mean_cells m LEFT JOIN t_quantiles t ON t.degrees = m.n - 1),
                means AS (SELECT programme_id, edition_id, wave, group_key, numerator, denominator, n, value,
                        CASE WHEN n >= 2 THEN value - t * sd / sqrt(n::DOUBLE) END AS lower,
                        CASE WHEN n >= 2 THEN value + t * sd / sqrt(n::DOUBLE) END AS upper,
                        CASE WHEN NOT denominator > 0 THEN 'denominator is zero'
                            WHEN value IS NOT NULL AND NOT n >= 2 THEN 'no interval from fewer than 2 observations' END AS note
                    FROM with_t),
                cells AS (SELECT * FROM totals UNION ALL SELECT * FROM means)
                SELECT '%3$s' AS metric_id, programme_id, edition_id, wave, group_key, numerator, denominator, n::BIGINT AS n, value,
                    lower, upper, note,
                    CASE WHEN value IS NULL THEN 'not_computable' WHEN n < %4$d THEN 'small_n' ELSE 'ok' END AS status
                FROM cells""".formatted(enrolled(), tQuantile("m.n - 1"), MetricCatalogue.CONTACTS.id(), minimumN);
    }
}
