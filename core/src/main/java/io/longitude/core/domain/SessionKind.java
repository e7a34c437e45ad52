package io.longitude.core.domain;

/** The two kinds of group meeting in an edition. */
public enum SessionKind {
    THEMATIC,
    BMC_WORKSHOP;

    public static SessionKind ofCode(String code) {
        return Codes.parse(SessionKind.class, code);
    }
}
