package io.longitude.dashboard.api;

import io.longitude.dashboard.access.Viewer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API ({@code /api/**}), served by springdoc at {@code /v3/api-docs} (JSON) and
 * {@code /v3/api-docs.yaml}, and listed on {@code /api-docs}; analysts and admins only. Scripts authenticate with
 * a personal API token (bearer) or HTTP Basic, the two security schemes declared; a signed-in browser may also use its session (with the CSRF token for
 * anything but GET).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    static final String SECURITY_SCHEME = "basic";
    static final String TOKEN_SCHEME = "token";

    static {
        // The signed-in user is resolved from the security context, not sent by the client: not an API parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
    }

    @Bean
    OpenAPI longitudeOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Longitude JSON API")
                        .version("1")
                        .description(
                                "Editions and metric rows of the programmes in the caller's scope, and the other JSON "
                                        + "endpoints of the dashboard. Every call needs a user of the dashboard; each endpoint "
                                        + "also needs a role (see docs/security.md), and answers 404 for anything outside the "
                                        + "user's programmes."))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        TOKEN_SCHEME,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .bearerFormat("lgt_ + 43 characters")
                                                .description(
                                                        "A personal API token (account page, or ./longitude users token create): "
                                                                + "Authorization: Bearer <token>. Carries its user's role and programmes, or fewer; read-only "
                                                                + "tokens may only GET (403 otherwise); a revoked or expired token answers 401."))
                                .addSecuritySchemes(
                                        SECURITY_SCHEME,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("basic")
                                                .description(
                                                        "A dashboard user name and password (users file, see ./longitude users); "
                                                                + "unless turned off with longitude.api.basic=false. Use HTTPS whenever the server is reachable from another machine.")))
                // Either scheme: a token (preferred, no bcrypt per call) or HTTP Basic.
                .addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
    }
}
