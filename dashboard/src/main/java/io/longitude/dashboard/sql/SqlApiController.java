package io.longitude.dashboard.sql;

import io.longitude.dashboard.access.Viewer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's API (analysts and admins, see {@code SecurityConfiguration}): {@code POST /api/sql} runs one query and
 * answers its rows; {@code POST /api/sql/csv} and {@code POST /api/sql/parquet} run it again and answer a file;
 * {@code POST /api/sql/{queryId}/cancel} stops a running query of the caller (an admin may stop anyone's). A refused or
 * failed query answers 400 with {@code {"error": reason}}, a cancelled or timed-out one 409.
 */
@RestController
@RequestMapping("/api/sql")
class SqlApiController {
    static final String TRUNCATED_HEADER = "X-Longitude-Truncated";

    private final SqlConsole console;

    SqlApiController(SqlConsole console) {
        this.console = console;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    SqlResponse query(@RequestBody SqlRequest request, Viewer viewer) {
        return SqlResponse.of(console.run(viewer, request, SqlConsole.QUERY));
    }

    @PostMapping(path = "/csv", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> csv(@RequestBody SqlRequest request, Viewer viewer) {
        QueryRows rows = console.run(viewer, request, SqlConsole.CSV);
        return download(rows, CsvExport.csv(rows).getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8), "csv");
    }

    @PostMapping(path = "/parquet", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> parquet(@RequestBody SqlRequest request, Viewer viewer) {
        QueryRows rows = console.run(viewer, request, SqlConsole.PARQUET);
        return download(rows, console.parquet(rows), MediaType.APPLICATION_OCTET_STREAM, "parquet");
    }

    @PostMapping("/{queryId}/cancel")
    ResponseEntity<Map<String, Object>> cancel(@PathVariable String queryId, Viewer viewer) {
        if (!console.cancel(queryId, viewer)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "No running query " + queryId + " of yours"));
        }
        return ResponseEntity.ok(Map.of("queryId", queryId, "cancelled", true));
    }

    @ExceptionHandler({RefusedQueryException.class, QueryFailedException.class})
    ResponseEntity<Map<String, String>> refused(RuntimeException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<Map<String, String>> cancelled(QueryCancelledException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
    }

    private static ResponseEntity<byte[]> download(QueryRows rows, byte[] body, MediaType type, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("longitude-query-" + rows.queryId() + "." + extension).build().toString())
                .header(TRUNCATED_HEADER, Boolean.toString(rows.truncated()))
                .body(body);
    }
}
