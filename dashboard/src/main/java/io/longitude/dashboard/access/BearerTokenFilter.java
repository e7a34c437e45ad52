package io.longitude.dashboard.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/**}: a live token of an existing user authenticates the request
 * (for that request only, no session) as its user, with the user's current role and the user's current programmes
 * narrowed to the token's. An unknown, revoked or expired token, or one whose user is gone or no longer has any of its
 * programmes, answers 401 at once; a read-only token answers 403 to anything but GET and HEAD. Failures go through the
 * {@link SignInThrottle} like wrong passwords (counted per address; the account key is the presented token's hash, so
 * nobody can lock another user's tokens). Use is audited with the token's id and name, never its secret: the first call of a token on a method and path,
 * and again once {@link #AUDIT_PERIOD} has passed since.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    static final String SCHEME = "Bearer ";
    private static final Set<String> READING = Set.of("GET", "HEAD");
    static final Duration AUDIT_PERIOD = Duration.ofMinutes(1);
    private static final int SWEEP_ABOVE = 10_000;

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final AccessEvents audit;
    private final Clock clock;
    /** When each token's use of a method and path was last audited. */
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    BearerTokenFilter(ApiTokens tokens, Accounts accounts, SignInThrottle throttle, AccessEvents audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret =
                request.getHeader("Authorization").substring(SCHEME.length()).trim();
        String key = "token " + TokenFile.sha256(secret).substring(0, 16);
        String address = request.getRemoteAddr();
        if (throttle.wait(key, address).isPresent()) {
            throttle.failed(key, address);
            refuse(response, "Too many failed attempts from this address; try again later");
            return;
        }
        Optional<ApiToken> token = tokens.bySecret(secret);
        Optional<Account> account = token.flatMap(found -> accounts.find(found.username()));
        Optional<Viewer> viewer = account.flatMap(found -> token.get().viewer(found, clock.instant()));
        if (viewer.isEmpty()) {
            throttle.failed(key, address);
            refuse(response, "Invalid, revoked or expired token");
            return;
        }
        ApiToken used = token.get();
        if (!used.write() && !READING.contains(request.getMethod())) {
            audit.record(
                    viewer.get(),
                    "token.refused",
                    used.label() + ": read-only, " + request.getMethod() + " " + request.getRequestURI());
            answer(response, HttpServletResponse.SC_FORBIDDEN, "This token is read-only: it may only GET");
            return;
        }
        SecurityContext context =
                SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(new TokenAuthentication(new SignedInUser(account.get(), viewer.get()), used));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        String use = used.label() + ": " + request.getMethod() + " " + request.getRequestURI();
        if (firstThisPeriod(use)) {
            audit.record(viewer.get(), "token.use", use);
        }
        chain.doFilter(request, response);
    }

    /**
     * True at the first use of a token on a path in {@link #AUDIT_PERIOD}: a script polling one URL is recorded once a
     * minute, not at every call (each 200 entries cost a Delta commit of the audit table).
     */
    private boolean firstThisPeriod(String use) {
        Instant now = clock.instant();
        if (recorded.size() > SWEEP_ABOVE) {
            recorded.values().removeIf(when -> when.plus(AUDIT_PERIOD).isBefore(now));
        }
        boolean[] first = {false};
        recorded.compute(use, (key, when) -> {
            first[0] = when == null || !when.plus(AUDIT_PERIOD).isAfter(now);
            return first[0] ? now : when;
        });
        return first[0];
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        answer(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    /** A refusal written here rather than through the error page, which would see the header again. */
    static void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + message + "\"}");
    }
}
