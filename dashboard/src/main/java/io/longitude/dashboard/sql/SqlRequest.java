package io.longitude.dashboard.sql;

/**
 * The body of {@code POST /api/sql} and of the downloads.
 *
 * @param sql one query
 * @param queryId optional id chosen by the caller (8 to 64 letters, digits or dashes), so that it can cancel the query
 *     with {@code POST /api/sql/{queryId}/cancel} while it runs; a new id is made when absent
 */
public record SqlRequest(String sql, String queryId) {}
