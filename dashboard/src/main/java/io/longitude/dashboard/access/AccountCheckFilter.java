package io.longitude.dashboard.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose user was removed, or whose role or programmes changed, since sign-in: the request then goes on
 * as anonymous, so it is sent to the sign-in page (pages) or answered 401 (API).
 */
final class AccountCheckFilter extends OncePerRequestFilter {
    private final Accounts accounts;

    AccountCheckFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Viewer> viewer = Viewer.current();
        // A token's viewer was just derived from the current account by BearerTokenFilter, and may be narrower.
        boolean token = SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication;
        if (!token
                && viewer.isPresent()
                && !accounts.find(viewer.get().username()).map(Account::viewer).equals(viewer)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
