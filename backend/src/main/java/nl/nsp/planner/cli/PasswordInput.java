package nl.nsp.planner.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a new password without it ever being a command-line argument (visible in the process list and the shell
 * history): typed twice at a prompt without echo when there is a terminal, else the first line of standard input
 * ({@code printf '%s\n' "$PW" | nsp user add ...}, or {@code < file}).
 */
final class PasswordInput {
    private final Console console;
    private final InputStream stdin;

    PasswordInput(Console console, InputStream stdin) {
        this.console = console;
        this.stdin = stdin;
    }

    static PasswordInput system() {
        return new PasswordInput(System.console(), System.in);
    }

    /**
     * The password for account {@code name}.
     *
     * @throws IllegalArgumentException when the two prompts differ or standard input is empty
     */
    char[] read(String name) {
        if (console != null) {
            char[] first = console.readPassword("New password for %s: ", name);
            char[] second = console.readPassword("The same again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the two passwords differ; nothing was changed");
            }
            Arrays.fill(second, ' ');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("no password on standard input (give it as the first line, or run "
                        + "the command in a terminal to be asked for it)");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }
}
