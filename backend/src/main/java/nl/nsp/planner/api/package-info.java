/**
 * The REST API the map uses, package by feature ({@code region}, {@code municipality}, {@code demand},
 * {@code candidate}, {@code importing}, {@code config}); each holds a package-private controller and its
 * response records. Geometry leaves the API as GeoJSON in WGS84 (lon, lat), simplified for the map.
 * {@link nl.nsp.planner.api.ApiExceptionHandler} turns every bad request into a 4xx with a list of errors.
 *
 * <p>Adapter: may use {@code store} and the core; the core never imports it.
 */
package nl.nsp.planner.api;
