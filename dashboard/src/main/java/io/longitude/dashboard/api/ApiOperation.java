package io.longitude.dashboard.api;

import java.util.List;

/**
 * One operation of the OpenAPI description, as the {@code /api-docs} page lists it.
 *
 * @param method HTTP method, upper case
 * @param path the path template ({@code /api/editions/{editionId}/metrics})
 * @param summary one line
 * @param description longer text, may be empty
 * @param parameters path and query parameters
 * @param responses status code and what it means
 */
record ApiOperation(
        String method,
        String path,
        String summary,
        String description,
        List<Parameter> parameters,
        List<Response> responses) {
    ApiOperation {
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
    }

    /** A parameter: name, where it goes ({@code path}, {@code query}), whether required, what it means. */
    record Parameter(String name, String in, boolean required, String description) {}

    /** A response: status code and its description. */
    record Response(String status, String description) {}
}
