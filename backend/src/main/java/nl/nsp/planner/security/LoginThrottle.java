package nl.nsp.planner.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins in a row for one name, each further
 * attempt for that name is refused until {@link #PAUSE} after the last failure (so at most two guesses a minute); a
 * successful login resets the count. In memory, per server process; remembers at most {@value #MAX_NAMES} names.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration PAUSE = Duration.ofSeconds(30);
    private static final int MAX_NAMES = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_NAMES;
        }
    };

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code name} must wait before the next attempt; empty when it may try now. */
    synchronized Optional<Duration> wait(String name) {
        Failures f = failures.get(name);
        if (f == null || f.count() < FREE_FAILURES) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(PAUSE));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    synchronized void failed(String name) {
        Failures f = failures.get(name);
        failures.put(name, new Failures(f == null ? 1 : f.count() + 1, clock.instant()));
    }

    synchronized void succeeded(String name) {
        failures.remove(name);
    }
}
