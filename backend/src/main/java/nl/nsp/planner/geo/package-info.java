/**
 * Coordinates and reference systems: RD New (EPSG:28992) points in metres, WGS84 positions, the
 * projection between them, CBS grid-cell ids and plausibility checks for Dutch coordinates.
 *
 * <p>All analysis runs in RD New metres; WGS84 exists only for the map and for input files that use it.
 * Depends on nothing else in the project.
 */
package nl.nsp.planner.geo;
