package io.longitude.core.domain;

import java.util.Locale;

/** The kind of collaboration between two participants. */
public enum TieKind {
    CO_FOUNDING,
    SUPPLIER_CLIENT,
    JOINT_PROJECT,
    REFERRAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TieKind ofCode(String code) {
        return Codes.parse(TieKind.class, code);
    }
}
