package io.longitude.dashboard.audit;

import io.longitude.dashboard.access.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit log for administrators ({@code /admin/**} is ADMIN only): newest first, filtered by user, action (or family
 * of actions) and a range of days (UTC, both ends included), 50 entries a page, with the SQL text of each query; and
 * the same filtered entries as CSV. Reading or exporting the log is itself recorded ({@code audit.view},
 * {@code audit.csv}), as who looked at whom is worth knowing.
 */
@Controller
class AuditController {
    private final Audit audit;

    AuditController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(name = "user", defaultValue = "") String user,
            @RequestParam(name = "action", defaultValue = "") String action,
            @RequestParam(name = "from", defaultValue = "") String from,
            @RequestParam(name = "to", defaultValue = "") String to,
            @RequestParam(name = "page", defaultValue = "1") int page,
            Viewer viewer,
            Model model) {
        AuditQuery query = query(user, action, from, to, Math.max(1, page));
        long started = System.nanoTime();
        AuditPage result = audit.page(query);
        long millis = (System.nanoTime() - started) / 1_000_000;
        audit.record(
                viewer,
                "audit.view",
                filters(query, from, to) + ";page=" + query.page(),
                result.entries().size());
        model.addAttribute("result", result);
        model.addAttribute("choices", audit.choices());
        model.addAttribute("from", from.strip());
        model.addAttribute("to", to.strip());
        model.addAttribute("millis", millis);
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(name = "user", defaultValue = "") String user,
            @RequestParam(name = "action", defaultValue = "") String action,
            @RequestParam(name = "from", defaultValue = "") String from,
            @RequestParam(name = "to", defaultValue = "") String to,
            Viewer viewer) {
        AuditQuery query = query(user, action, from, to, 1);
        List<AuditEntry> entries = audit.matching(query);
        audit.record(viewer, "audit.csv", filters(query, from, to), entries.size());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("longitude-audit.csv")
                                .build()
                                .toString())
                .body(AuditCsv.csv(entries).getBytes(StandardCharsets.UTF_8));
    }

    private static AuditQuery query(String user, String action, String from, String to, int page) {
        Instant start = day(from, "from");
        Instant end = to.isBlank() ? null : day(to, "to").plusSeconds(86_400);
        try {
            return new AuditQuery(user, action, page, AuditQuery.PAGE_SIZE, start, end);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static Instant day(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Cannot read the date " + name + ", expected YYYY-MM-DD: " + text);
        }
    }

    private static String filters(AuditQuery query, String from, String to) {
        return "user=" + query.username() + ";action=" + query.action() + ";from=" + from.strip() + ";to=" + to.strip();
    }
}
