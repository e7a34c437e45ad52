package io.longitude.dashboard.access;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Random passwords and their bcrypt hashes (cost 10, as the server's encoder checks them). */
public final class Passwords {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder();

    private Passwords() {}

    /** A random password of 20 characters from 56 unambiguous ones: about 116 bits. */
    public static String random() {
        StringBuilder password = new StringBuilder();
        for (int index = 0; index < 20; index++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    public static String hash(String password) {
        if (password.length() < 12) {
            throw new IllegalArgumentException("A password needs at least 12 characters");
        }
        return ENCODER.encode(password);
    }
}
