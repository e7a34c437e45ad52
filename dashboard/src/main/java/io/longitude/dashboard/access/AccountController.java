package io.longitude.dashboard.access;

import io.longitude.dashboard.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The signed-in user's account page: who they are, and their personal API tokens, which they create (the secret is
 * shown once, on the answer to the form, never again), list and revoke. Only the user's own tokens: another user's
 * token id answers 404.
 */
@Controller
class AccountController {
    /** The lifetimes the form offers, in days. */
    static final List<Integer> DAYS = List.of(7, 30, 90, 365);

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final AccessEvents audit;

    AccountController(ApiTokens tokens, Accounts accounts, AccessEvents audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/account")
    String account(Viewer viewer, Model model) {
        return page(viewer, model);
    }

    @PostMapping("/account/tokens")
    String create(
            Viewer viewer,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String programmes,
            @RequestParam(defaultValue = "false") boolean write,
            @RequestParam(defaultValue = "90") int days,
            Model model,
            HttpServletResponse response) {
        Account account = accounts.find(viewer.username())
                .orElseThrow(() -> new NotFoundException("No user " + viewer.username()));
        List<String> narrowed = Arrays.stream(programmes.split("[,\\s]+"))
                .filter(programme -> !programme.isBlank())
                .toList();
        Instant expires = Instant.now().plus(Duration.ofDays(DAYS.contains(days) ? days : 90));
        List<String> problems = tokens.problems(account, name.strip(), narrowed, expires);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return page(viewer, model);
        }
        TokenFile.Issued issued = tokens.issue(account, name.strip(), narrowed, write, expires);
        audit.record(viewer, "token.create", issued.token().label());
        // The secret is in this answer only: no cache may keep it.
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issued", issued);
        return page(viewer, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Viewer viewer, @PathVariable String id) {
        ApiToken token = tokens.of(viewer.username()).stream()
                .filter(own -> own.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No token " + id + " of " + viewer.username()));
        if (tokens.revoke(viewer.username(), id)) {
            audit.record(viewer, "token.revoke", token.label());
        }
        return "redirect:/account?revoked";
    }

    private String page(Viewer viewer, Model model) {
        Instant now = Instant.now();
        model.addAttribute(
                "tokens",
                tokens.of(viewer.username()).stream()
                        .map(token -> new TokenLine(token, token.live(now), token.revoked() != null))
                        .toList());
        model.addAttribute("days", DAYS);
        model.addAttribute(
                "apiUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/editions")
                        .toUriString());
        return "account";
    }

    /** A token as the page lists it. */
    record TokenLine(ApiToken token, boolean live, boolean revoked) {}
}
