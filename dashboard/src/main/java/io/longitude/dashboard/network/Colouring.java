package io.longitude.dashboard.network;

import java.util.Locale;
import java.util.Optional;

/** What the nodes of the network picture are coloured by: the request's {@code ?colour=edition|desk}. */
public enum Colouring {
    EDITION,
    DESK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Colouring> ofCode(String code) {
        for (Colouring colouring : values()) {
            if (colouring.code().equals(code)) {
                return Optional.of(colouring);
            }
        }
        return Optional.empty();
    }
}
