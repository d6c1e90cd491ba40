package nl.nsp.planner.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.ingest.DataFiles.Role;

/**
 * Imports a whole data directory (such as {@code shared/data/nl}) into a {@link Dataset} with its
 * {@link ImportReport}.
 *
 * <p>Files are recognised by name ({@link DataFiles}): municipalities {@code gemeenten*} (required), the
 * membership table {@code gemeente_veiligheidsregio*.csv}, region polygons {@code veiligheidsregio*}, demand
 * layers in the order {@code pc4} (PC4 polygons spread over grid cells, else the PC4 points CSV), {@code cbs100},
 * {@code cbs500} (CBS grids) and {@code wijk} (wijk polygons spread), and candidates (polling stations
 * {@code stemlokalen*.csv} plus any {@code candidates*}). An {@code _rd} variant is preferred over
 * {@code _wgs84}. Unknown files are listed as ignored notes. A file that cannot be read at all contributes
 * nothing and its error is listed with the rejected rows; only a missing directory or an unusable municipality
 * file stops the import.
 */
public final class DataDirectoryImporter {
    private final int maxPointsPerUnit;

    public DataDirectoryImporter() {
        this(ArealSpreader.DEFAULT_MAX_POINTS);
    }

    /** An importer that spreads areal units over at most about {@code maxPointsPerUnit} points each. */
    public DataDirectoryImporter(int maxPointsPerUnit) {
        if (maxPointsPerUnit < 1) {
            throw new IllegalArgumentException("maxPointsPerUnit must be >= 1, got " + maxPointsPerUnit);
        }
        this.maxPointsPerUnit = maxPointsPerUnit;
    }

    /**
     * Imports every recognised file of {@code dir}.
     *
     * @throws InputException when the directory is missing or not a directory, or has no usable municipality file
     */
    public ImportResult importDirectory(Path dir) {
        String dirName = dir.toString();
        if (!Files.isDirectory(dir)) {
            throw new InputException(new InputError(dirName, 0, "", Files.exists(dir) ? "not a directory"
                    : "data directory not found"));
        }
        DataFiles files;
        try {
            files = DataFiles.scan(dir);
        } catch (IOException e) {
            throw new InputException(new InputError(dirName, 0, "", "cannot list directory: " + e.getMessage()));
        }
        Run run = new Run();
        for (Path p : files.unrecognised()) {
            run.notes.add(new InputError(p.getFileName().toString(), 0, "", "ignored: not a recognised input file"));
        }
        Path municipalityFile = files.best(Role.MUNICIPALITIES).orElseThrow(() -> new InputException(new InputError(
                dirName, 0, "", "no municipality file (gemeenten*.geojson or gemeenten*.gpkg) in the directory")));
        skipOthers(files, Role.MUNICIPALITIES, municipalityFile, run);
        ReadResult<Municipality> muni = MunicipalityReader.read(municipalityFile);
        run.add(muni, Role.MUNICIPALITIES.layer, muni.items().stream().mapToDouble(Municipality::inhabitants).sum());

        SafetyRegionReader.Assembly assembly = regions(files, muni.items(), run);
        List<Municipality> municipalities = assembly.municipalities();
        run.rejected.addAll(assembly.problems());
        MunicipalityLocator locator = new MunicipalityLocator(municipalities);

        List<DemandLayer> layers = new ArrayList<>();
        Optional<Path> pc4 = files.best(Role.PC4_POLYGONS);
        if (pc4.isPresent()) {
            skipOthers(files, Role.PC4_POLYGONS, pc4.get(), run);
            files.matching(Role.PC4_POINTS).forEach(p -> run.notes.add(new InputError(p.getFileName().toString(), 0, "",
                    "not read: the pc4 layer is spread from the polygons in " + pc4.get().getFileName())));
            demand(run, layers, "pc4", "PC4 inwoners spread over CBS-aligned grid cells", pc4.get(),
                    p -> ArealDemandReader.readPolygons(p, ArealUnitColumns.pc4(), locator, maxPointsPerUnit));
        } else {
            files.best(Role.PC4_POINTS).ifPresent(p -> {
                skipOthers(files, Role.PC4_POINTS, p, run);
                demand(run, layers, "pc4", "PC4 inwoners, one point per postcode area", p,
                        f -> ArealDemandReader.readPoints(f, ArealUnitColumns.pc4(), locator));
            });
        }
        for (Role grid : List.of(Role.CBS100, Role.CBS500)) {
            files.best(grid).ifPresent(p -> {
                skipOthers(files, grid, p, run);
                String size = grid == Role.CBS100 ? "100" : "500";
                demand(run, layers, "cbs" + size, "CBS vierkantstatistieken " + size + " m", p,
                        f -> CbsGridReader.read(f, locator));
            });
        }
        files.best(Role.WIJKEN).ifPresent(p -> {
            skipOthers(files, Role.WIJKEN, p, run);
            demand(run, layers, "wijk", "CBS wijken spread over CBS-aligned grid cells (65+ estimated from pct_65plus)", p,
                    f -> ArealDemandReader.readPolygons(f, ArealUnitColumns.wijk(), locator, maxPointsPerUnit));
        });

        List<CandidateSite> candidates = new ArrayList<>();
        for (Path p : files.matching(Role.POLLING_STATIONS)) {
            readOptional(run, Role.POLLING_STATIONS.layer, p, PollingStationReader::read)
                    .ifPresent(r -> addCandidates(candidates, r, run));
        }
        for (Path p : files.matching(Role.CANDIDATES)) {
            readOptional(run, Role.CANDIDATES.layer, p, f -> CandidateReader.read(f, CandidateColumns.defaults(), locator))
                    .ifPresent(r -> addCandidates(candidates, r, run));
        }

        Dataset dataset = new Dataset(municipalities, assembly.regions(), layers, candidates);
        DemandLayer primary = dataset.primaryDemand();
        ImportReport report = new ImportReport(run.fileReports, run.rejected, municipalities.size(),
                assembly.regions().size(), dataset.inhabitantsTotal(), primary.points().size(), primary.inhabitants(),
                candidates.size(), run.notes);
        return new ImportResult(dataset, report);
    }

    private SafetyRegionReader.Assembly regions(DataFiles files, List<Municipality> municipalities, Run run) {
        Optional<ReadResult<SafetyRegionReader.RegionPolygon>> polygons = Optional.empty();
        Optional<Path> polyFile = files.best(Role.REGIONS);
        if (polyFile.isPresent()) {
            skipOthers(files, Role.REGIONS, polyFile.get(), run);
            polygons = readOptional(run, Role.REGIONS.layer, polyFile.get(), SafetyRegionReader::readPolygons);
        }
        Optional<Path> tableFile = files.best(Role.MEMBERSHIP);
        Optional<ReadResult<SafetyRegionReader.Membership>> table = Optional.empty();
        if (tableFile.isPresent()) {
            skipOthers(files, Role.MEMBERSHIP, tableFile.get(), run);
            table = readOptional(run, Role.MEMBERSHIP.layer, tableFile.get(), SafetyRegionReader::readMembership);
        }
        if (table.isPresent()) {
            return SafetyRegionReader.assemble(municipalities, table.get().file(), table.get().items(), polygons);
        }
        List<SafetyRegionReader.Membership> own = municipalities.stream().filter(m -> !m.regionCode().isEmpty())
                .map(m -> new SafetyRegionReader.Membership(m.code(), m.regionCode(), "", 0)).toList();
        run.notes.add(new InputError(tableFile.map(p -> p.getFileName().toString()).orElse("gemeente_veiligheidsregio*.csv"),
                0, "", "no usable membership table: regions taken from the municipalities' own vr_code"));
        return SafetyRegionReader.assemble(municipalities, "municipality vr_code", own, polygons);
    }

    private void demand(Run run, List<DemandLayer> layers, String name, String description, Path file,
            Function<Path, ReadResult<DemandPoint>> reader) {
        readOptional(run, "demand:" + name, file, reader).ifPresent(r -> {
            layers.add(new DemandLayer(name, description + " (" + r.file() + ")", r.items()));
        });
    }

    private static void addCandidates(List<CandidateSite> into, ReadResult<CandidateSite> r, Run run) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        into.forEach(c -> ids.add(c.id()));
        for (CandidateSite c : r.items()) {
            if (ids.add(c.id())) {
                into.add(c);
            } else {
                run.rejected.add(new InputError(r.file(), 0, "id", "candidate id \"" + c.id()
                        + "\" already read from an earlier file; left out"));
            }
        }
    }

    private static <T> Optional<ReadResult<T>> readOptional(Run run, String layer, Path file,
            Function<Path, ReadResult<T>> reader) {
        try {
            ReadResult<T> r = reader.apply(file);
            double inhabitants = r.items().stream().mapToDouble(DataDirectoryImporter::inhabitantsOf).sum();
            run.add(r, layer, inhabitants);
            return Optional.of(r);
        } catch (InputException e) {
            run.rejected.addAll(e.errors());
            run.fileReports.add(new FileReport(file.getFileName().toString(), layer, "unreadable", 0, 0, 0));
            return Optional.empty();
        }
    }

    private static double inhabitantsOf(Object item) {
        return item instanceof DemandPoint d ? d.inhabitants() : 0;
    }

    private static void skipOthers(DataFiles files, Role role, Path chosen, Run run) {
        for (Path p : files.matching(role)) {
            if (!p.equals(chosen)) {
                run.notes.add(new InputError(p.getFileName().toString(), 0, "", "not read: " + chosen.getFileName()
                        + " is used for the same layer"));
            }
        }
    }

    /** Mutable state of one import. */
    private static final class Run {
        final List<FileReport> fileReports = new ArrayList<>();
        final List<InputError> rejected = new ArrayList<>();
        final List<InputError> notes = new ArrayList<>();

        void add(ReadResult<?> r, String layer, double inhabitants) {
            fileReports.add(new FileReport(r.file(), layer, r.format(), r.items().size(), r.rejected().size(), inhabitants));
            rejected.addAll(r.rejected());
            notes.addAll(r.notes());
        }
    }
}
