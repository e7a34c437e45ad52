package io.longitude.dashboard.reports;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Disclosure control of everything a funder sees.
 *
 * @param k the threshold: counts {@code 0 < n < k} are hidden ({@code longitude.disclosure.k}, 5 by default)
 */
@Validated
@ConfigurationProperties("longitude.disclosure")
record DisclosureProperties(@DefaultValue("5") @Min(2) int k) {}
