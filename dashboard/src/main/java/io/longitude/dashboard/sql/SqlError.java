package io.longitude.dashboard.sql;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.longitude.sql.RefusedQueryException;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of every error answer of {@code /api/sql}.
 *
 * @param error the reason, one line, starting with "Cannot" or "The query"
 * @param kind {@code syntax}, {@code unknown-name}, {@code refused}, {@code invalid} (answer 400 before running),
 *     {@code failed} (400, failed while running), {@code cancelled} (409), {@code not-found} (404)
 * @param line line of the problem in the text, from 1, when known
 * @param column column of the problem in its line, from 1, when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        description = "An error of the SQL console",
        example = "{\"error\": \"Cannot run the query, syntax error at line 2, column 1: "
                + "Syntax error at or near 'FROM'.\", \"kind\": \"syntax\", \"line\": 2, \"column\": 1}")
public record SqlError(
        @Schema(
                description = "The reason, one line",
                example =
                        "Cannot find the view respones (line 1, column 15); the views you can read are editions, responses")
        String error,

        @Schema(
                description = "What kind of error",
                allowableValues = {"syntax", "unknown-name", "refused", "invalid", "failed", "cancelled", "not-found"})
        String kind,

        @Schema(description = "Line of the problem, from 1", example = "2")
        Integer line,

        @Schema(description = "Column of the problem, from 1", example = "1")
        Integer column) {

    static SqlError of(RefusedQueryException e) {
        return new SqlError(
                e.getMessage(),
                e.kind().code(),
                e.line().orElse(null),
                e.column().orElse(null));
    }

    static SqlError of(String kind, String message) {
        return new SqlError(message, kind, null, null);
    }
}
