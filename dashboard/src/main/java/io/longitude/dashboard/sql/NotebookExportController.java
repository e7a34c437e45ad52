package io.longitude.dashboard.sql;

import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.audit.Audit;
import io.longitude.sql.ConsoleSessions;
import io.longitude.sql.NotebookExport;
import io.longitude.sql.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notebook access without a wider scope: {@code GET /api/sql/export/{programme}} answers a zip of the programme's
 * console views (Parquet files or Delta tables, see {@link NotebookExport}) to an analyst of that programme or an
 * admin; anyone else gets 404, as for any object outside their programmes. Audited as {@code sql.export} with the
 * programme and the rows written.
 */
@RestController
class NotebookExportController {
    private static final Pattern PROGRAMME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final ConsoleSessions sessions;
    private final Audit audit;

    NotebookExportController(ConsoleSessions sessions, Audit audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @Operation(
            summary = "Export a programme's views for a notebook",
            description = "A zip with one folder per console view of the"
                    + " programme (the same pseudonymised rows and columns as the SQL console), as Parquet files or Delta tables, and a"
                    + " manifest.json. Read it with DuckDB, deltalake or Spark (docs/sql.md).")
    @ApiResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip"))
    @ApiResponse(
            responseCode = "400",
            description = "Unknown format",
            content = @Content(schema = @Schema(implementation = SqlError.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such programme in your scope",
            content = @Content(schema = @Schema(implementation = SqlError.class)))
    @GetMapping("/api/sql/export/{programme}")
    ResponseEntity<Object> export(
            @PathVariable String programme,
            @Parameter(description = "parquet or delta", example = "parquet")
                    @RequestParam(name = "format", defaultValue = "parquet")
                    String format,
            Viewer viewer) {
        NotebookExport.Format chosen;
        try {
            chosen = NotebookExport.format(format);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(SqlError.of("invalid", e.getMessage()));
        }
        Scope own = SqlConsole.user(viewer).scope();
        if (!PROGRAMME.matcher(programme).matches()
                || !own.everything() && !own.programmes().contains(programme)) {
            return notFound(programme);
        }
        Map<String, Dataset<Row>> views = sessions.applicationViews(Scope.programmes(programme));
        if (!views.containsKey("editions") || views.get("editions").isEmpty()) {
            return notFound(programme);
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        Map<String, Long> rows = NotebookExport.write(programme, views, chosen, zip);
        audit.record(
                viewer,
                SqlConsole.EXPORT,
                "programme:" + programme,
                rows.values().stream().mapToLong(Long::longValue).sum(),
                "format=" + chosen.name().toLowerCase(Locale.ROOT) + "; views=" + String.join(",", rows.keySet()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("longitude-" + programme + "-"
                                        + chosen.name().toLowerCase(Locale.ROOT) + ".zip")
                                .build()
                                .toString())
                .body(zip.toByteArray());
    }

    private static ResponseEntity<Object> notFound(String programme) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(SqlError.of("not-found", "No programme " + programme + " in your scope"));
    }
}
