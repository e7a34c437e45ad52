package io.longitude.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The demo users' passwords, as {@code ./longitude demo} writes them: {@code user password role programmes} a line. */
final class Credentials {
    private Credentials() {}

    static Map<String, String> read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    static Map<String, String> parse(String text) {
        Map<String, String> passwords = new HashMap<>();
        text.lines()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] fields = line.split("\\s+");
                    if (fields.length >= 2) {
                        passwords.put(fields[0], fields[1]);
                    }
                });
        return passwords;
    }

    static String password(Map<String, String> passwords, String username) {
        String password = passwords.get(username);
        if (password == null) {
            throw new IllegalArgumentException("Cannot sign in " + username + ", no password in the credentials file");
        }
        return password;
    }
}
