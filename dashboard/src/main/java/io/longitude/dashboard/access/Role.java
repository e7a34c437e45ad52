package io.longitude.dashboard.access;

/**
 * What a user may do. A manager sees the editions of the programmes they manage; a funder sees aggregated, suppressed
 * reports of the programmes they fund and nothing row-level; an analyst runs SQL on the pseudonymised lake of their
 * programmes; an admin sees everything, including the audit log.
 */
public enum Role {
    MANAGER,
    FUNDER,
    ANALYST,
    ADMIN;

    /** The Spring Security authority of this role ({@code ROLE_MANAGER}, ...). */
    public String authority() {
        return "ROLE_" + name();
    }
}
