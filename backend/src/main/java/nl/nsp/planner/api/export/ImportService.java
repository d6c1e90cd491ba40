package nl.nsp.planner.api.export;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.nsp.planner.api.ApiError;
import nl.nsp.planner.api.BadRequestException;
import nl.nsp.planner.api.coverage.NormsRequest;
import nl.nsp.planner.api.scenario.ScenarioService;
import nl.nsp.planner.domain.Codes;
import nl.nsp.planner.ingest.FileLog;
import nl.nsp.planner.ingest.GeoFeature;
import nl.nsp.planner.ingest.GeoJsonFeatureReader;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.scenario.PlanImport;
import nl.nsp.planner.scenario.PlanResolver;
import nl.nsp.planner.store.DataVersion;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an uploaded GeoJSON FeatureCollection of points into a plan: at most {@value #MAX_BYTES} bytes and
 * {@value PlanImport#MAX_FEATURES} features; the {@code scenario} member of an export gives back its region, demand
 * layer and norms. Nothing is saved: the client shows the plan and saves it as a scenario when the planner wants.
 */
@Service
class ImportService {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String SOURCE = "upload";

    private final ScenarioService scenarios;
    private final PlannerStore store;
    private final JsonMapper json;

    ImportService(ScenarioService scenarios, PlannerStore store, JsonMapper json) {
        this.scenarios = scenarios;
        this.store = store;
        this.json = json;
    }

    /** The {@code scenario} member as an export writes it; every field optional. */
    record ScenarioMember(String id, String name, Long version, String region, String demandLayer, NormsRequest norms,
            Long dataVersion, String author, String description) {
    }

    /**
     * @param region the plan's region when given (else the file's {@code scenario} member, else where most sites lie)
     * @throws InputException listing every problem with its feature number and property
     */
    ImportResponse read(InputStream body, String region) {
        Optional<String> regionParam = Optional.ofNullable(region).map(r -> regionCode(r));
        PlanResolver resolver = scenarios.resolver();
        FileLog log = new FileLog(SOURCE);
        List<GeoFeature> features = new ArrayList<>();
        Map<String, String> members = new LinkedHashMap<>();
        String format = GeoJsonFeatureReader.read(new BoundedInputStream(body, MAX_BYTES), log, f -> {
            if (features.size() == PlanImport.MAX_FEATURES) {
                throw new InputException(new InputError(SOURCE, f.index(), "features", "at most "
                        + PlanImport.MAX_FEATURES + " features; the file has more"));
            }
            features.add(f);
        }, members::put);
        if (log.rejectedCount() > 0) {
            List<InputError> rejected = log.rejected();
            throw new InputException(rejected.subList(0, Math.min(rejected.size(), 100)));
        }
        ScenarioMember member = member(members.get("scenario"));
        List<InputError> notes = new ArrayList<>(log.notes());
        Norms norms;
        try {
            norms = NormsRequest.orDefaults(member == null ? null : member.norms(), false);
        } catch (InputException e) {
            throw new InputException(e.errors().stream()
                    .map(x -> new InputError(SOURCE, 0, "scenario." + x.field(), x.reason())).toList());
        } catch (IllegalArgumentException e) {
            throw new InputException(new InputError(SOURCE, 0, "scenario.norms", e.getMessage()));
        }
        Optional<String> fileRegion = member == null || member.region() == null ? Optional.empty()
                : Optional.of(member.region().strip().toUpperCase(Locale.ROOT));
        if (regionParam.isPresent() && fileRegion.isPresent() && !regionParam.equals(fileRegion)) {
            notes.add(new InputError(SOURCE, 0, "region", "the file's scenario is for " + fileRegion.get()
                    + "; read for " + regionParam.get() + " as asked"));
        }
        String layer = member != null && member.demandLayer() != null ? member.demandLayer()
                : resolver.dataset().primaryDemand().name();
        PlanImport.Result result = PlanImport.toPlan(features, resolver,
                new PlanImport.Options(SOURCE, regionParam.or(() -> fileRegion), layer, norms));
        notes.addAll(result.notes());
        long current = store.dataVersion().map(DataVersion::version).orElse(0L);
        if (member != null && member.dataVersion() != null && member.dataVersion() != current) {
            notes.add(new InputError(SOURCE, 0, "scenario.dataVersion", "the scenario was made on data version "
                    + member.dataVersion() + "; the server holds version " + current));
        }
        ImportResponse.Source source = member == null ? null : new ImportResponse.Source(member.id(), member.name(),
                member.version(), member.dataVersion(), member.author(), member.description());
        return new ImportResponse(result.plan(), source, format, features.size(),
                notes.stream().map(ApiError.Item::of).toList());
    }

    private ScenarioMember member(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, ScenarioMember.class);
        } catch (JacksonException e) {
            String reason = e.getOriginalMessage() == null ? "not the scenario member of an export"
                    : e.getOriginalMessage().replaceAll("\\(class [^)]*\\)", "").replaceAll("\\s+", " ");
            throw new InputException(new InputError(SOURCE, 0, "scenario", "expected the scenario member of an export"
                    + " ({id, name, version, region, demandLayer, norms, dataVersion}): " + reason));
        }
    }

    private static String regionCode(String raw) {
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!Codes.isRegion(code)) {
            throw new BadRequestException("region", "expected a safety region code VR01..VR25, got \"" + raw + "\"");
        }
        return code;
    }
}
