package io.longitude.dashboard.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Flattens an OpenAPI description into the operations the {@code /api-docs} page lists, by path then method. */
final class ApiOperations {
    private ApiOperations() {}

    static List<ApiOperation> of(OpenAPI openApi) {
        List<ApiOperation> operations = new ArrayList<>();
        if (openApi.getPaths() == null) {
            return operations;
        }
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operations.add(operation(path, method, operation))));
        operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return operations;
    }

    private static ApiOperation operation(String path, PathItem.HttpMethod method, Operation operation) {
        List<ApiOperation.Parameter> parameters = operation.getParameters() == null
                ? List.of()
                : operation.getParameters().stream()
                        .map(parameter -> new ApiOperation.Parameter(
                                parameter.getName(),
                                parameter.getIn(),
                                Boolean.TRUE.equals(parameter.getRequired()),
                                text(parameter.getDescription())))
                        .toList();
        List<ApiOperation.Response> responses = operation.getResponses() == null
                ? List.of()
                : operation.getResponses().entrySet().stream()
                        .map(Map.Entry::getKey)
                        .sorted()
                        .map(status -> new ApiOperation.Response(
                                status,
                                text(operation.getResponses().get(status).getDescription())))
                        .toList();
        return new ApiOperation(
                method.name(),
                path,
                text(operation.getSummary()),
                text(operation.getDescription()),
                parameters,
                responses);
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
