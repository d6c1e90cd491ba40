/**
 * The national report as files: one self-contained HTML page in Dutch (inline CSS, inline SVG charts and maps in RD
 * New, no script and no external resource, so it works offline and can be forwarded) plus CSV tables (semicolon
 * separated, decimal comma, UTF-8 with BOM, for spreadsheets). Entry point:
 * {@link nl.nsp.planner.national.report.ReportWriter}.
 *
 * <p>Depends on {@code national}, {@code domain} and JTS; plain Java.
 */
package nl.nsp.planner.national.report;
