package io.longitude.dashboard.audit;

import io.longitude.dashboard.access.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators ({@code /admin/**} is ADMIN only): newest first, filtered by user and action, 50
 * entries a page. Reading the log is itself recorded ({@code audit.view}), as who looked at whom is worth knowing.
 */
@Controller
class AuditController {
    private final Audit audit;

    AuditController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(name = "user", defaultValue = "") String user, @RequestParam(name = "action", defaultValue = "") String action,
            @RequestParam(name = "page", defaultValue = "1") int page, Viewer viewer, Model model) {
        AuditPage result = audit.page(new AuditQuery(user, action, Math.max(1, page), AuditQuery.PAGE_SIZE));
        audit.record(viewer, "audit.view", "user=" + result.query().username() + ";action=" + result.query().action()
                + ";page=" + result.query().page(), result.entries().size());
        model.addAttribute("result", result);
        return "admin/audit";
    }
}
