package io.longitude.dashboard.access;

import static io.longitude.dashboard.access.Role.ADMIN;
import static io.longitude.dashboard.access.Role.ANALYST;
import static io.longitude.dashboard.access.Role.FUNDER;
import static io.longitude.dashboard.access.Role.MANAGER;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may open what. Pages use a form login (HTTP Basic is accepted too, for scripts); {@code /api/**} uses HTTP Basic
 * or the page session and answers 401 rather than redirecting. Every path is denied unless listed here; within a role,
 * controllers narrow rows to the viewer's programmes ({@link Viewer#sees}) and answer 404 for anything outside them.
 *
 * <p>Sessions: the id changes at sign-in, sign-out invalidates the session, the idle timeout is
 * {@code server.servlet.session.timeout}; the cookie is HttpOnly and SameSite=Lax, and Secure when served over HTTPS
 * (see docs/security.md). CSRF tokens protect every form and every session-authenticated API call.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts) throws Exception {
        http.addFilterBefore(new AccountCheckFilter(accounts), AuthorizationFilter.class)
                .securityMatcher("/api/**", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // A script authenticating with its own Authorization header carries no ambient credential to forge.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts) throws Exception {
        http.addFilterBefore(new AccountCheckFilter(accounts), AuthorizationFilter.class)
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(Customizer.withDefaults())
                // Signed-out page requests go to the login page whatever they accept (Basic would otherwise answer 401).
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut()).invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** Back to the login page after sign-out, whatever the client accepts. */
    private static SimpleUrlLogoutSuccessHandler signedOut() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
    }

    /** The role rules of both chains; the first matching rule wins. */
    private static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/login", "/longitude.css", "/js/**", "/favicon.ico", "/error").permitAll()
                .requestMatchers("/admin/**").hasRole(ADMIN.name())
                .requestMatchers("/sql", "/sql/**", "/api/sql", "/api/sql/**").hasAnyRole(names(ANALYST, ADMIN))
                .requestMatchers("/api-docs", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html")
                .hasAnyRole(names(ANALYST, ADMIN))
                .requestMatchers("/portfolio", "/reports/**", "/api/reports/**").hasAnyRole(names(FUNDER, MANAGER, ADMIN))
                .requestMatchers("/upload", "/upload/**").hasAnyRole(names(MANAGER, ADMIN))
                .requestMatchers("/editions/**", "/charts/**", "/programmes/**", "/api/editions", "/api/editions/**")
                .hasAnyRole(names(MANAGER, ANALYST, ADMIN))
                .requestMatchers("/", "/glossary").authenticated()
                .anyRequest().denyAll();
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
