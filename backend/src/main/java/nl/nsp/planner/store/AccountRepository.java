package nl.nsp.planner.store;

import java.util.List;
import java.util.Optional;
import nl.nsp.planner.account.Account;

/**
 * The accounts of the server mode. Passwords arrive and leave as hashes made by the caller (the {@code security}
 * adapter's encoder); the store never sees a password. Every change is one transaction with its audit event.
 * Accounts are never deleted, only disabled, so the names in the audit log keep meaning someone.
 */
public interface AccountRepository {

    /** A stored account with its password hash, for logging in. */
    record Credentials(Account account, String passwordHash) {
    }

    /** All accounts, by name. */
    List<Account> list();

    /** One account. */
    Optional<Account> find(String name);

    /** One account with its password hash. */
    Optional<Credentials> credentials(String name);

    /**
     * Adds an account.
     *
     * @param actor who adds it (for the audit log)
     * @throws IllegalArgumentException when an account of that name exists
     */
    Account add(Account account, String passwordHash, String actor);

    /**
     * Replaces the role, area and enabled flag of the account named {@code account.name()}, and its password hash
     * when {@code newPasswordHash} is given.
     *
     * @throws IllegalArgumentException when there is no such account
     */
    Account update(Account account, Optional<String> newPasswordHash, String actor);
}
