package io.longitude.core.domain;

/** The role a person has in one edition. */
public enum Role {
    CANDIDATE,
    ALUMNUS_SPEAKER,
    COACH,
    MANAGER;

    /** The code as written in canonical files, e.g. {@code alumnus_speaker}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role ofCode(String code) {
        return Codes.parse(Role.class, code);
    }
}
