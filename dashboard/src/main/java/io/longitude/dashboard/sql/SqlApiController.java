package io.longitude.dashboard.sql;

import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.charts.ChartOutput;
import io.longitude.sql.CsvExport;
import io.longitude.sql.QueryCancelledException;
import io.longitude.sql.QueryFailedException;
import io.longitude.sql.QueryRows;
import io.longitude.sql.RefusedQueryException;
import io.longitude.sql.ResultChart;
import io.longitude.sql.SqlResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's API (analysts and admins, see {@code SecurityConfiguration}): {@code POST /api/sql} runs one query and
 * answers its rows; {@code /csv}, {@code /parquet} and {@code /chart} run it again and answer a file;
 * {@code POST /api/sql/{queryId}/cancel} stops a running query of the caller (an admin may stop anyone's);
 * {@code GET /api/sql/schema} lists the caller's views; {@code /history} and {@code /saved} are the caller's own
 * queries. Errors answer {@link SqlError}: 400 before running (syntax, unknown name, refused, invalid) or while running
 * (failed), 409 when cancelled or timed out.
 */
@RestController
@RequestMapping("/api/sql")
class SqlApiController {
    static final String TRUNCATED_HEADER = "X-Longitude-Truncated";
    private static final String QUERY_EXAMPLE =
            "{\"sql\": \"SELECT wave, count(*) AS responses FROM responses GROUP BY wave ORDER BY wave\","
                    + " \"queryId\": \"my-query-0001\"}";
    private static final String ROWS_EXAMPLE =
            "{\"columns\": [{\"name\": \"wave\", \"type\": \"string\"}, {\"name\": \"responses\", \"type\": \"bigint\"}],"
                    + " \"rows\": [[\"W0\", 41], [\"W1\", 37]], \"truncated\": false, \"rowCount\": 2, \"elapsedMillis\": 412, \"queryId\": \"my-query-0001\"}";
    private static final String SYNTAX_EXAMPLE =
            "{\"error\": \"Cannot run the query, syntax error at line 1, column 16: Syntax error at or near 'FORM'.\","
                    + " \"kind\": \"syntax\", \"line\": 1, \"column\": 16}";
    private static final String UNKNOWN_EXAMPLE =
            "{\"error\": \"Cannot find the view respones (line 1, column 15); the views you can read are "
                    + "editions, enrolments, responses, ties\", \"kind\": \"unknown-name\", \"line\": 1, \"column\": 15}";
    private static final String REFUSED_EXAMPLE =
            "{\"error\": \"Cannot run DropTable: only one read-only query (SELECT, WITH, VALUES, TABLE) over the"
                    + " console's views is allowed\", \"kind\": \"refused\"}";
    private static final String CANCELLED_EXAMPLE =
            "{\"error\": \"Cannot finish the query, it ran longer than the limit of 60 s\", \"kind\": \"cancelled\"}";

    private final SqlConsole console;
    private final ConsoleSchema schema;

    SqlApiController(SqlConsole console, ConsoleSchema schema) {
        this.console = console;
        this.schema = schema;
    }

    @Operation(
            summary = "Run one read-only query",
            description = "Runs one Spark SQL query over the caller's views (see GET /api/sql/schema)"
                    + " and answers its rows, at most longitude.sql.max-rows. SHOW TABLES, SHOW VIEWS, DESCRIBE <view> and SHOW COLUMNS IN <view>"
                    + " are answered from the caller's views.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = SqlRequest.class),
                                            examples = @ExampleObject(name = "count per wave", value = QUERY_EXAMPLE))))
    @ApiResponse(
            responseCode = "200",
            description = "The rows",
            content =
                    @Content(
                            schema = @Schema(implementation = SqlResponse.class),
                            examples = @ExampleObject(value = ROWS_EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "Not run (syntax error, unknown name, refused, invalid) or failed while running",
            content =
                    @Content(
                            schema = @Schema(implementation = SqlError.class),
                            examples = {
                                @ExampleObject(name = "syntax", value = SYNTAX_EXAMPLE),
                                @ExampleObject(name = "unknown-name", value = UNKNOWN_EXAMPLE),
                                @ExampleObject(name = "refused", value = REFUSED_EXAMPLE)
                            }))
    @ApiResponse(
            responseCode = "409",
            description = "Cancelled, or over the time limit",
            content =
                    @Content(
                            schema = @Schema(implementation = SqlError.class),
                            examples = @ExampleObject(value = CANCELLED_EXAMPLE)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    SqlResponse query(@RequestBody SqlRequest request, Viewer viewer) {
        return SqlResponse.of(console.run(viewer, request, SqlConsole.QUERY));
    }

    @Operation(
            summary = "Run a query and download its rows as CSV",
            description = "RFC 4180, formula-safe; header X-Longitude-Truncated.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = SqlRequest.class),
                                            examples = @ExampleObject(value = QUERY_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv"))
    @ApiResponse(
            responseCode = "400",
            description = "Not run, or failed",
            content = @Content(schema = @Schema(implementation = SqlError.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Cancelled or timed out",
            content = @Content(schema = @Schema(implementation = SqlError.class)))
    @PostMapping(path = "/csv", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> csv(@RequestBody SqlRequest request, Viewer viewer) {
        QueryRows rows = console.run(viewer, request, SqlConsole.CSV);
        return download(
                rows,
                CsvExport.csv(rows).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "csv");
    }

    @Operation(
            summary = "Run a query and download its rows as Parquet",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = SqlRequest.class),
                                            examples = @ExampleObject(value = QUERY_EXAMPLE))))
    @ApiResponse(
            responseCode = "200",
            description = "The Parquet file",
            content = @Content(mediaType = "application/octet-stream"))
    @ApiResponse(
            responseCode = "400",
            description = "Not run, or failed",
            content = @Content(schema = @Schema(implementation = SqlError.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Cancelled or timed out",
            content = @Content(schema = @Schema(implementation = SqlError.class)))
    @PostMapping(path = "/parquet", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> parquet(@RequestBody SqlRequest request, Viewer viewer) {
        QueryRows rows = console.run(viewer, request, SqlConsole.PARQUET);
        return download(rows, console.parquet(rows), MediaType.APPLICATION_OCTET_STREAM, "parquet");
    }

    @Operation(
            summary = "Run a query and draw two of its columns",
            description = "Bars or a line: x is a column of labels (in the result's"
                    + " order), y a numeric column; PNG (640 x 360) or SVG. At most 500 points.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = SqlRequest.class),
                                            examples = @ExampleObject(value = QUERY_EXAMPLE))))
    @ApiResponse(
            responseCode = "200",
            description = "The chart",
            content = {@Content(mediaType = "image/png"), @Content(mediaType = "image/svg+xml")})
    @ApiResponse(
            responseCode = "400",
            description = "Not run, failed, or the columns cannot be drawn",
            content = @Content(schema = @Schema(implementation = SqlError.class)))
    @PostMapping(path = "/chart", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> chart(
            @RequestBody SqlRequest request,
            @Parameter(description = "bar or line", example = "bar") @RequestParam(name = "kind", defaultValue = "bar")
                    String kind,
            @Parameter(description = "column of labels", example = "wave") @RequestParam(name = "x") String x,
            @Parameter(description = "numeric column", example = "responses") @RequestParam(name = "y") String y,
            @Parameter(description = "png or svg", example = "png") @RequestParam(name = "format", defaultValue = "png")
                    String format,
            Viewer viewer) {
        ResultChart.Kind chartKind = ResultChart.kind(kind);
        if (!format.equals("png") && !format.equals("svg")) {
            throw new IllegalArgumentException("Cannot draw a chart as " + format + ", expected png or svg");
        }
        QueryRows rows = console.run(viewer, request, SqlConsole.CHART);
        JFreeChart chart = ResultChart.draw(rows, chartKind, x, y);
        return format.equals("svg")
                ? download(
                        rows,
                        ChartOutput.svg(chart).getBytes(StandardCharsets.UTF_8),
                        new MediaType("image", "svg+xml", StandardCharsets.UTF_8),
                        "svg")
                : download(rows, ChartOutput.png(chart), MediaType.IMAGE_PNG, "png");
    }

    @Operation(summary = "Cancel a running query of yours (an admin may cancel any)")
    @ApiResponse(responseCode = "200", description = "Cancelled")
    @ApiResponse(
            responseCode = "404",
            description = "No such running query of yours",
            content = @Content(schema = @Schema(implementation = SqlError.class)))
    @PostMapping("/{queryId}/cancel")
    ResponseEntity<Object> cancel(@PathVariable String queryId, Viewer viewer) {
        if (!console.cancel(queryId, viewer)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(SqlError.of("not-found", "No running query " + queryId + " of yours"));
        }
        return ResponseEntity.ok(Map.of("queryId", queryId, "cancelled", true));
    }

    @Operation(
            summary = "The views you can query",
            description = "Each view in your scope: its columns and types, and the rows you can read"
                    + " in it (counted once per version of the lake's tables).")
    @ApiResponse(
            responseCode = "200",
            description = "The views",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "{\"views\": [{\"name\": "
                                                            + "\"editions\", \"rows\": 3, \"columns\": [{\"name\": \"programme_id\", \"type\": \"string\"}, {\"name\": \"number\", \"type\": \"int\"}]}]}")))
    @GetMapping(path = "/schema", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<ConsoleSchema.SchemaView>> schema(Viewer viewer) {
        return Map.of("views", schema.views(viewer));
    }

    @Operation(
            summary = "Your last queries, newest first",
            description = "At most 100, each with its outcome (ok or the error's kind) and rows.")
    @GetMapping(path = "/history", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<ConsoleHistory.Run>> history(Viewer viewer) {
        return Map.of("history", console.history().history(viewer.username()));
    }

    @Operation(summary = "Your saved queries, newest first")
    @GetMapping(path = "/saved", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<ConsoleHistory.Saved>> saved(Viewer viewer) {
        return Map.of("saved", console.history().saved(viewer.username()));
    }

    /** The body of {@code POST /api/sql/saved}. */
    record SaveRequest(
            @Schema(example = "responses per wave") String name,

            @Schema(example = "SELECT wave, count(*) FROM responses GROUP BY wave")
            String sql) {}

    @Operation(
            summary = "Save a query under a name (replacing one of the same name)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = SaveRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"name\": \"responses per wave\", \"sql\": \"SELECT wave, count(*) FROM responses GROUP BY wave\"}"))))
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(
            responseCode = "400",
            description = "No name, or too many saved queries",
            content = @Content(schema = @Schema(implementation = SqlError.class)))
    @PostMapping(
            path = "/saved",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ConsoleHistory.Saved save(@RequestBody SaveRequest request, Viewer viewer) {
        return console.history().save(viewer.username(), request.name(), request.sql());
    }

    @Operation(summary = "Delete one of your saved queries")
    @ApiResponse(responseCode = "200", description = "Deleted")
    @ApiResponse(
            responseCode = "404",
            description = "You have no saved query of that name",
            content = @Content(schema = @Schema(implementation = SqlError.class)))
    @DeleteMapping(path = "/saved/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> delete(@PathVariable String name, Viewer viewer) {
        if (!console.history().delete(viewer.username(), name)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(SqlError.of("not-found", "No saved query named " + name));
        }
        return ResponseEntity.ok(Map.of("name", name, "deleted", true));
    }

    @ExceptionHandler(RefusedQueryException.class)
    ResponseEntity<SqlError> refused(RefusedQueryException e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(SqlError.of(e));
    }

    @ExceptionHandler(QueryFailedException.class)
    ResponseEntity<SqlError> failed(QueryFailedException e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(SqlError.of("failed", e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<SqlError> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(SqlError.of("invalid", e.getMessage()));
    }

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<SqlError> cancelled(QueryCancelledException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_JSON)
                .body(SqlError.of("cancelled", e.getMessage()));
    }

    private static ResponseEntity<byte[]> download(QueryRows rows, byte[] body, MediaType type, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("longitude-query-" + rows.queryId() + "." + extension)
                                .build()
                                .toString())
                .header(TRUNCATED_HEADER, Boolean.toString(rows.truncated()))
                .body(body);
    }
}
