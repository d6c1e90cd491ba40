package nl.nsp.planner.security;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed (Spring Security's delegating encoder: bcrypt, stored as {@code {bcrypt}$2a$10$...}, so a
 * later stronger default can be introduced without invalidating stored hashes) and which passwords are accepted.
 */
public final class Passwords {
    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 12;
    /** Longest: bcrypt only reads the first 72 bytes. */
    public static final int MAX_LENGTH = 72;
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private Passwords() {
    }

    /** The encoder of the login and of the admin command. */
    public static PasswordEncoder encoder() {
        return ENCODER;
    }

    /**
     * The hash of a new password.
     *
     * @throws IllegalArgumentException when the password is shorter than {@value #MIN_LENGTH} characters, longer than
     *                                  {@value #MAX_LENGTH} bytes, or all one character
     */
    public static String hashNew(char[] password) {
        String p = new String(password);
        if (p.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the password must have at least " + MIN_LENGTH + " characters, it has "
                    + p.length());
        }
        if (p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new IllegalArgumentException("the password must have at most " + MAX_LENGTH + " bytes (bcrypt ignores the rest)");
        }
        if (p.chars().distinct().count() == 1) {
            throw new IllegalArgumentException("the password must not be one character repeated");
        }
        return ENCODER.encode(p);
    }
}
