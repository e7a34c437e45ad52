package io.longitude.dashboard.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * Flattens an OpenAPI description into the operations the {@code /api-docs} page lists, by path then method, in the
 * page's language: each text is the message {@code api.op.<operationId>.summary}, {@code .description},
 * {@code .parameter.<name>} or {@code .response.<status>}, and the description's own (English) text where a language
 * has none. {@code TestApiDocs} checks that Dutch and French have every one.
 */
final class ApiOperations {
    private ApiOperations() {}

    static List<ApiOperation> of(OpenAPI openApi, MessageSource messages, Locale locale) {
        List<ApiOperation> operations = new ArrayList<>();
        if (openApi.getPaths() == null) {
            return operations;
        }
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) ->
                                operations.add(operation(path, method, operation, messages, locale))));
        operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return operations;
    }

    private static ApiOperation operation(
            String path, PathItem.HttpMethod method, Operation operation, MessageSource messages, Locale locale) {
        String prefix = "api.op." + operationId(path, method, operation) + ".";
        List<ApiOperation.Parameter> parameters = operation.getParameters() == null
                ? List.of()
                : operation.getParameters().stream()
                        .map(parameter -> new ApiOperation.Parameter(
                                parameter.getName(),
                                messages.getMessage("apidocs.in." + parameter.getIn(), null, parameter.getIn(), locale),
                                Boolean.TRUE.equals(parameter.getRequired()),
                                messages.getMessage(
                                        prefix + "parameter." + parameter.getName(),
                                        null,
                                        text(parameter.getDescription()),
                                        locale)))
                        .toList();
        List<ApiOperation.Response> responses = operation.getResponses() == null
                ? List.of()
                : operation.getResponses().keySet().stream()
                        .sorted()
                        .map(status -> new ApiOperation.Response(
                                status,
                                messages.getMessage(
                                        prefix + "response." + status,
                                        null,
                                        text(operation
                                                .getResponses()
                                                .get(status)
                                                .getDescription()),
                                        locale)))
                        .toList();
        return new ApiOperation(
                method.name(),
                path,
                messages.getMessage(prefix + "summary", null, text(operation.getSummary()), locale),
                operation.getDescription() == null
                        ? ""
                        : messages.getMessage(prefix + "description", null, operation.getDescription(), locale),
                parameters,
                responses);
    }

    /** The operation's id, or its method and path where the description gives none. */
    private static String operationId(String path, PathItem.HttpMethod method, Operation operation) {
        return operation.getOperationId() != null ? operation.getOperationId() : method.name() + path;
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
