/**
 * Walking and cycling distance over an OpenStreetMap network, computed with GraphHopper: the graph is
 * imported once per OSM file and cached on disk ({@link nl.nsp.planner.reach.network.NetworkGraph}), sites
 * and demand points are snapped to it with every failure listed ({@link nl.nsp.planner.reach.network.SnapReport}),
 * and {@link nl.nsp.planner.reach.network.NetworkDistance} answers the {@link nl.nsp.planner.reach.DistanceModel}
 * queries with a distance-limited shortest-path tree per site.
 *
 * <p>Depends on {@code geo}, {@code reach} and GraphHopper's core engine; no Spring, no storage, no Jackson.
 */
package nl.nsp.planner.reach.network;
