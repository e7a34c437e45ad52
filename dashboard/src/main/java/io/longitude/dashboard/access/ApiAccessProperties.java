package io.longitude.dashboard.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How scripts authenticate ({@code longitude.api.*}).
 *
 * @param basic whether HTTP Basic is accepted at all ({@code false}: only personal API tokens and sessions)
 * @param basicCache how long a successful password check is remembered, so that a script sending the same user name
 *     and password with every request costs one bcrypt check per period, not one per request; {@code 0s} checks
 *     every time. A password change or the user's removal ends it at once.
 */
@ConfigurationProperties("longitude.api")
public record ApiAccessProperties(
        @DefaultValue("true") boolean basic,
        @DefaultValue("60s") Duration basicCache) {
    public ApiAccessProperties {
        if (basicCache.isNegative()) {
            throw new IllegalArgumentException(
                    "Cannot remember password checks for a negative time: longitude.api.basic-cache=" + basicCache);
        }
    }
}
