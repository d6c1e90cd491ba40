/**
 * The public lookup for residents, under {@code /api/public/**} (the only API prefix meant to stay open without an
 * account): the NSPs nearest to a postcode in the published scenario of its safety region. Answers carry only what
 * the page shows, never planning data (no scenario ids or authors, no CPs, no fixed or excluded flags, no inhabitant
 * counts, nothing of unpublished scenarios).
 *
 * <p>Adapter: may use {@code store} and the core.
 */
package nl.nsp.planner.api.lookup;
