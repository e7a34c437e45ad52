package io.longitude.dashboard.reports;

import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Disclosure control of everything a funder sees.
 *
 * @param k the threshold: counts {@code 0 < n < k} of a sensitive category are hidden ({@code longitude.disclosure.k},
 *     5 by default)
 * @param sensitive the sensitive categories ({@code longitude.disclosure.sensitive}, by default
 *     {@code not-integrated,dropped-out,business-stopped}; see {@link SensitiveCategory})
 */
@Validated
@ConfigurationProperties("longitude.disclosure")
record DisclosureProperties(
        @DefaultValue("5") @Min(2) int k,

        @DefaultValue({"not-integrated", "dropped-out", "business-stopped"})
        List<String> sensitive) {
    DisclosureProperties {
        sensitive = List.copyOf(sensitive);
        SensitiveCategory.of(sensitive);
    }
}
