package nl.nsp.planner.national.report;

import java.util.Objects;

/**
 * One input file of the run, for the report's list of data sources.
 *
 * @param file     file name
 * @param layer    what it was read as (municipalities, pc4, candidates, ...)
 * @param accepted rows or features accepted
 * @param rejected rows or features rejected
 */
public record SourceFile(String file, String layer, long accepted, long rejected) {
    public SourceFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(layer, "layer");
    }
}
