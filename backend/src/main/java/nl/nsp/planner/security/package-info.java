/**
 * Login, sessions and the caller of a request (Spring Security). Two modes, chosen by {@code nsp.security.enabled}
 * (default: on with a PostGIS store, off with the embedded one): the <em>server mode</em>, where every request but the
 * public ones ({@code /api/public/**}, static files, the login page) needs a session from {@code POST /api/login}
 * with a store account, and every state-changing request a CSRF token (cookie {@code XSRF-TOKEN}, header
 * {@code X-XSRF-TOKEN}); and the <em>local mode</em> of a planner's own machine: no login, bound to 127.0.0.1, every
 * request made by {@link nl.nsp.planner.account.Caller#local()}. Controllers get the
 * {@link nl.nsp.planner.account.Caller} as a method argument; the rules about areas are in
 * {@link nl.nsp.planner.account.AccessRules}.
 *
 * <p>Adapter: may use {@code store}, {@code api} and the core; the core never imports it.
 */
package nl.nsp.planner.security;
