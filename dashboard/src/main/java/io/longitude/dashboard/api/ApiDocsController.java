package io.longitude.dashboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.longitude.dashboard.access.Viewer;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springdoc.core.utils.Constants;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The API page of the dashboard ({@code /api-docs}, analysts and admins): the operations of the OpenAPI description,
 * the security scheme, and links to the description itself. A page of our own rather than Swagger UI, so that the
 * strict Content-Security-Policy holds everywhere and the page speaks the dashboard's three languages.
 */
@Controller
class ApiDocsController {
    private final OpenApiWebMvcResource openApi;
    private final MessageSource messages;

    ApiDocsController(OpenApiWebMvcResource openApi, MessageSource messages) {
        this.openApi = openApi;
        this.messages = messages;
    }

    @GetMapping("/api-docs")
    String page(HttpServletRequest request, Locale locale, Viewer viewer, Model model) {
        OpenAPI description = description(request, locale);
        model.addAttribute("title", description.getInfo().getTitle());
        String editions = ServletUriComponentsBuilder.fromContextPath(request)
                .path("/api/editions")
                .toUriString();
        model.addAttribute("example", "curl -u " + viewer.username() + " " + editions);
        model.addAttribute("tokenExample", "curl -H \"Authorization: Bearer $LONGITUDE_TOKEN\" " + editions);
        model.addAttribute("operations", ApiOperations.of(description, messages, locale));
        return "api/docs";
    }

    /** The same document springdoc serves at {@code /v3/api-docs}, read back into its model. */
    private OpenAPI description(HttpServletRequest request, Locale locale) {
        try {
            byte[] json = openApi.openapiJson(request, Constants.DEFAULT_API_DOCS_URL, locale);
            return Json.mapper().readValue(json, OpenAPI.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot describe the API: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
