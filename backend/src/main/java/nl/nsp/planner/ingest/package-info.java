/**
 * Reading input files into domain values, with validation: every rejected row or feature is reported with
 * file, line (or feature index), field and reason. The only package that knows file formats.
 *
 * <p>Depends on {@code domain} and {@code geo}; no Spring, no storage.
 */
package nl.nsp.planner.ingest;
