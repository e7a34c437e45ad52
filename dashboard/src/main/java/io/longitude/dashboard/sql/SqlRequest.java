package io.longitude.dashboard.sql;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/sql} and of the downloads.
 *
 * @param sql one query
 * @param queryId optional id chosen by the caller (8 to 64 letters, digits or dashes), so that it can cancel the query
 *     with {@code POST /api/sql/{queryId}/cancel} while it runs; a new id is made when absent
 */
@Schema(description = "One Spark SQL query over your views")
public record SqlRequest(
        @Schema(
                description =
                        "One read-only statement (SELECT, WITH, VALUES, TABLE, SHOW TABLES, DESCRIBE <view>), at most 100,000 characters",
                example = "SELECT wave, count(*) AS responses FROM responses GROUP BY wave ORDER BY wave",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String sql,

        @Schema(
                description = "Your id for the query (8 to 64 letters, digits or dashes), to cancel it while it runs",
                example = "my-query-0001")
        String queryId) {}
