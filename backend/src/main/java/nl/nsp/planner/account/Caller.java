package nl.nsp.planner.account;

import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a request: a logged-in {@link Account}, or the single user of the local mode (the embedded store on a
 * planner's own machine, served on 127.0.0.1 only, without login), who may do everything.
 *
 * @param name    the name the audit log records: the account name, or {@value #LOCAL_NAME}
 * @param account the account; empty for the local user
 */
public record Caller(String name, Optional<Account> account) {
    /** The name of the local user in the audit log. */
    public static final String LOCAL_NAME = "local";

    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(account, "account");
        if (account.isPresent() && !account.get().name().equals(name)) {
            throw new IllegalArgumentException("caller " + name + " does not match account " + account.get().name());
        }
    }

    /** The user of the local mode. */
    public static Caller local() {
        return new Caller(LOCAL_NAME, Optional.empty());
    }

    /** A logged-in account. */
    public static Caller of(Account account) {
        return new Caller(account.name(), Optional.of(account));
    }

    /** True for the user of the local mode. */
    public boolean isLocal() {
        return account.isEmpty();
    }
}
