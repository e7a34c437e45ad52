package io.longitude.sql;

/**
 * Who runs a console query, as the console needs to know: a name (the owner of the query, who may cancel it), whether
 * they are an admin (who may cancel anyone's), and the scope of the session their queries run in. The application
 * makes one from its signed-in user; the console knows nothing of accounts or sign-in.
 *
 * @param username the owner of the user's queries
 * @param admin true when the user may cancel every query
 * @param scope the programmes the user's session shows
 */
public record ConsoleUser(String username, boolean admin, Scope scope) {
    public ConsoleUser {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("Cannot run console queries for a user without a name");
        }
        if (scope == null) {
            throw new IllegalArgumentException("Cannot run console queries for " + username + " without a scope");
        }
    }
}
