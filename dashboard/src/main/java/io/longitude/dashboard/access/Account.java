package io.longitude.dashboard.access;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One user of the dashboard, as stored in the users file.
 *
 * @param username login name: letters, digits, {@code .}, {@code _}, {@code -}, {@code @}
 * @param passwordHash bcrypt hash of the password ({@code $2a$...}); the password itself is never stored
 * @param role what the user may do
 * @param programmes the programme ids the user's role applies to; {@code *} means every programme
 */
public record Account(String username, String passwordHash, Role role, List<String> programmes) {
    public static final String EVERY_PROGRAMME = "*";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public Account {
        Objects.requireNonNull(role, "role");
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "Invalid username '" + username + "': use 1-64 letters, digits, '.', '_', '-' or '@'");
        }
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw new IllegalArgumentException("User " + username + ": password_hash must be a bcrypt hash");
        }
        programmes = List.copyOf(programmes);
        if (programmes.isEmpty()) {
            throw new IllegalArgumentException(
                    "User " + username + ": give at least one programme, or '*' for every programme");
        }
    }

    public Viewer viewer() {
        return new Viewer(username, role, programmes);
    }
}
