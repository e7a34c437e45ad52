package io.longitude.dashboard.access;

import static io.longitude.dashboard.access.Role.ADMIN;
import static io.longitude.dashboard.access.Role.ANALYST;
import static io.longitude.dashboard.access.Role.FUNDER;
import static io.longitude.dashboard.access.Role.MANAGER;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may open what. Pages use a form login (HTTP Basic is accepted too, for scripts); {@code /api/**} uses a personal
 * API token ({@code Authorization: Bearer}, {@link BearerTokenFilter}), HTTP Basic (unless {@code longitude.api.basic}
 * is false) or the page session, and answers 401 rather than redirecting. A token on a page answers 401. Every path is denied unless listed here; within a role,
 * controllers narrow rows to the viewer's programmes ({@link Viewer#sees}) and answer 404 for anything outside them.
 *
 * <p>Sessions: the id changes at sign-in, sign-out invalidates the session, the idle timeout is
 * {@code server.servlet.session.timeout}; the cookie is HttpOnly and SameSite=Lax, and Secure when served over HTTPS
 * (see docs/security.md). CSRF tokens protect every form and every session-authenticated API call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInProperties.class, ApiAccessProperties.class})
class SecurityConfiguration {
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Failed sign-ins slow down, then lock, an account and an address; a lock is recorded in the audit. */
    @Bean
    SignInThrottle signInThrottle(SignInProperties properties, AccessEvents audit, Accounts accounts) {
        return new SignInThrottle(
                properties,
                Clock.systemUTC(),
                (key, failures) -> audit.recordSystem("sign-in", "signin.locked", named(key, accounts), failures));
    }

    /**
     * The password check behind the form and HTTP Basic, throttled; a success is remembered for
     * {@code longitude.api.basic-cache}, so a script repeating its Basic header does not pay bcrypt each time.
     */
    @Bean
    AuthenticationProvider signIn(
            Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle, ApiAccessProperties api) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(
                new RememberedPasswords(passwords, accounts, api.basicCache(), Clock.systemUTC()), throttle);
    }

    /**
     * The audit names an account only when it exists: a name typed into the user name field may be a password.
     */
    private static String named(String key, Accounts accounts) {
        String prefix = "account ";
        if (!key.startsWith(prefix)) {
            return key;
        }
        String name = key.substring(prefix.length());
        return accounts.current().stream()
                        .anyMatch(account -> account.username().equalsIgnoreCase(name))
                ? key
                : prefix + "(no such account)";
    }

    /**
     * A request refused for its CSRF token while nobody is signed in answers 401 like any signed-out API call: a
     * signed-out client has no session to forge, and 403 would tell it to fetch a token instead of credentials.
     */
    private static AccessDeniedHandler signedOutIsUnauthorized() {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean signedOut = authentication == null
                    || authentication instanceof AnonymousAuthenticationToken
                    || !authentication.isAuthenticated();
            if (denied instanceof CsrfException && signedOut) {
                response.sendError(HttpStatus.UNAUTHORIZED.value());
            } else {
                forbidden.handle(request, response, denied);
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            Accounts accounts,
            ApiTokens tokens,
            SignInThrottle throttle,
            AccessEvents audit,
            ApiAccessProperties api)
            throws Exception {
        http.addFilterBefore(new AccountCheckFilter(accounts), AuthorizationFilter.class)
                .addFilterBefore(
                        new BearerTokenFilter(tokens, accounts, throttle, audit, Clock.systemUTC()),
                        BasicAuthenticationFilter.class)
                .securityMatcher("/api/**", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .authorizeHttpRequests(SecurityConfiguration::rules);
        if (api.basic()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        }
        http.exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler(signedOutIsUnauthorized()))
                // A script authenticating with its own Authorization header carries no ambient credential to forge.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, ApiAccessProperties api) throws Exception {
        http.addFilterBefore(new AccountCheckFilter(accounts), AuthorizationFilter.class)
                .addFilterBefore(SecurityConfiguration::noTokensOnPages, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .formLogin(form ->
                        form.loginPage("/login").failureHandler(failed()).permitAll());
        if (api.basic()) {
            http.httpBasic(Customizer.withDefaults());
        }
        http
                // Signed-out page requests go to the login page whatever they accept (Basic would otherwise answer
                // 401).
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler(signedOut())
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** A personal API token opens {@code /api/**} only: on a page it answers 401, never a page or a redirect. */
    private static void noTokensOnPages(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http
                && http.getDispatcherType() == DispatcherType.REQUEST
                && BearerTokenFilter.bearer(http)) {
            BearerTokenFilter.answer(
                    (HttpServletResponse) response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "API tokens are accepted on /api/** only");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Back to the login page after a failed sign-in; {@code ?locked} while the account or the address must wait. */
    private static ExceptionMappingAuthenticationFailureHandler failed() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return handler;
    }

    /** Back to the login page after sign-out, whatever the client accepts. */
    private static SimpleUrlLogoutSuccessHandler signedOut() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(
                        new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
    }

    /** The role rules of both chains; the first matching rule wins. */
    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/login", "/longitude.css", "/js/**", "/favicon.ico", "/error")
                .permitAll()
                // The public pages of published editions; the controller answers 404 for any other edition.
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/public", "/public/**")
                .permitAll()
                .requestMatchers("/admin/**")
                .hasRole(ADMIN.name())
                .requestMatchers("/sql", "/sql/**", "/api/sql", "/api/sql/**")
                .hasAnyRole(names(ANALYST, ADMIN))
                .requestMatchers(
                        "/api-docs",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/v3/api-docs.yaml",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                .hasAnyRole(names(ANALYST, ADMIN))
                .requestMatchers("/portfolio", "/reports/**", "/api/reports/**")
                .hasAnyRole(names(FUNDER, MANAGER, ADMIN))
                .requestMatchers("/upload", "/upload/**")
                .hasAnyRole(names(MANAGER, ADMIN))
                .requestMatchers("/editions/*/follow-up", "/editions/*/follow-up/**")
                .hasAnyRole(names(MANAGER, ADMIN))
                .requestMatchers(org.springframework.http.HttpMethod.POST, "/editions/*/sessions/**")
                .hasAnyRole(names(MANAGER, ADMIN))
                .requestMatchers("/editions/**", "/charts/**", "/programmes/**", "/api/editions", "/api/editions/**")
                .hasAnyRole(names(MANAGER, ANALYST, ADMIN))
                .requestMatchers("/", "/glossary", "/methods/**", "/account", "/account/**")
                .authenticated()
                .anyRequest()
                .denyAll();
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
