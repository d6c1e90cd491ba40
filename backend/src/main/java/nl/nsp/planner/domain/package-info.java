/**
 * The planning domain as immutable values: municipalities, safety regions, demand points (people to be
 * reached), candidate sites, and the {@link nl.nsp.planner.domain.Dataset} that holds one loaded set of
 * them. Geometry is JTS in RD New metres.
 *
 * <p>Depends on {@code geo} and JTS only.
 */
package nl.nsp.planner.domain;
