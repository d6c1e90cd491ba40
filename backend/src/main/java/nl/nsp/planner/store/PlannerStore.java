package nl.nsp.planner.store;

import java.util.List;
import java.util.Optional;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.ingest.ImportReport;
import nl.nsp.planner.ingest.ImportResult;

/**
 * Where the imported planning layers live between runs. Adapter-level: the API and CLI use it, the core
 * never does. Implementations keep geometry in RD New (EPSG:28992) and answer bounding-box queries with a
 * spatial index.
 *
 * <p>All lists come back in the order of the imported data set. Queries for an unknown layer, region or
 * municipality return an empty list; callers that must tell "unknown" from "empty" check
 * {@link #region(String)}, {@link #municipality(String)} or {@link #demandLayers()} first.
 */
public interface PlannerStore extends AutoCloseable {

    /**
     * Opens the store at {@code location} ({@code nsp.store}, {@code --store}): a {@code postgis://} or
     * {@code jdbc:postgresql:} location for the PostGIS store, anything else a folder of the embedded store.
     *
     * @throws IllegalArgumentException for a malformed database location
     * @throws StoreException           when the store cannot be opened
     */
    static PlannerStore open(String location, java.time.Clock clock) {
        String trimmed = location.trim();
        if (PostgisStore.isPostgisLocation(trimmed)) {
            return PostgisStore.open(trimmed, clock);
        }
        String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("postgis:") || lower.startsWith("jdbc:")) {
            throw new IllegalArgumentException("store " + trimmed + ": expected a folder (embedded store), "
                    + "postgis://user[:password]@host[:port]/database or jdbc:postgresql://host[:port]/database");
        }
        return H2gisStore.open(java.nio.file.Path.of(trimmed), clock);
    }

    /**
     * Replaces every stored layer and the import report by those of {@code result}, in one transaction with its
     * {@link AuditAction#IMPORT} event: when anything fails, the store keeps exactly what it held before and the
     * exception propagates.
     *
     * @param actor  who imports (for the audit log), e.g. {@code startup}
     * @param source what was imported (the data folder), for the audit log
     * @return the data version of the new content
     */
    DataVersion replaceAll(ImportResult result, String actor, String source);

    /** The whole stored data set, equal to the one last passed to {@link #replaceAll}, or an empty one. */
    Dataset loadDataset();

    /** The report of the last successful import. */
    Optional<ImportReport> lastImportReport();

    /** True when nothing was ever imported. */
    boolean isEmpty();

    /** Version and time of the last successful import. */
    Optional<DataVersion> dataVersion();

    /** All safety regions with totals, in data-set order. */
    List<RegionSummary> regions();

    /** One safety region with its outline and members. */
    Optional<SafetyRegion> region(String code);

    /** The municipalities of a safety region (by their region code), with geometry. */
    List<Municipality> municipalitiesOfRegion(String regionCode);

    /** All municipalities, with geometry. */
    List<Municipality> municipalities();

    /** One municipality. */
    Optional<Municipality> municipality(String code);

    /** The stored demand layers. */
    List<DemandLayerInfo> demandLayers();

    /**
     * The demand points of a layer belonging to a region: those whose municipality is a member, plus points
     * with no municipality that lie within the region outline.
     */
    List<DemandPoint> demandOfRegion(String layer, String regionCode);

    /** The demand points of a layer in one municipality. */
    List<DemandPoint> demandOfMunicipality(String layer, String municipalityCode);

    /**
     * The demand points of a layer inside a box, at most {@code limit + 1} of them, so a caller can tell that
     * the limit was exceeded.
     */
    List<DemandPoint> demandInBox(String layer, RdEnvelope box, int limit);

    /** The candidate sites of the member municipalities of a region. */
    List<CandidateSite> candidatesOfRegion(String regionCode);

    /** The candidate sites of one municipality. */
    List<CandidateSite> candidatesOfMunicipality(String municipalityCode);

    /** The candidate sites inside a box, at most {@code limit + 1} of them. */
    List<CandidateSite> candidatesInBox(RdEnvelope box, int limit);

    /** The saved scenarios, in the same database. */
    ScenarioRepository scenarios();

    /** The accounts of the server mode, in the same database. */
    AccountRepository accounts();

    /** The log of every change to scenarios, accounts and the data set. */
    AuditLog audit();

    /** Releases the database; further calls fail. */
    @Override
    void close();
}
