/**
 * Accounts and what they may do: the {@link nl.nsp.planner.account.Role roles} (national, region planner,
 * municipality, viewer), an {@link nl.nsp.planner.account.Account} with its area, the
 * {@link nl.nsp.planner.account.Caller} of a request (an account, or the single user of the local mode) and the
 * {@link nl.nsp.planner.account.AccessRules} that decide which scenarios a caller may read and change.
 *
 * <p>Core: depends on {@code domain} and {@code scenario}; never on Spring, JDBC, servlets or the adapters. Passwords
 * and sessions are the {@code security} adapter's business, storage the {@code store}'s.
 */
package nl.nsp.planner.account;
