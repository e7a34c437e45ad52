package io.longitude.dashboard.system;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the dashboard reads from.
 *
 * @param lake lake root URI ({@code longitude.lake})
 * @param metrics metrics root URI ({@code longitude.metrics})
 * @param master Spark master of the application's session ({@code longitude.master})
 */
@Validated
@ConfigurationProperties("longitude")
public record LongitudeProperties(
        @DefaultValue(DataPaths.LAKE) @NotBlank String lake,
        @DefaultValue(DataPaths.METRICS) @NotBlank String metrics,
        @DefaultValue(LocalSpark.DEFAULT_MASTER) @NotBlank String master) {}
