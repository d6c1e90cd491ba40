package nl.nsp.planner.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.ingest.GeoFeature;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.reach.Norms;
import org.locationtech.jts.geom.Point;

/**
 * Turns the point features of a file (an export of a scenario, or any point layer in RD New or WGS84) into a
 * {@link Plan}.
 *
 * <p>Per feature, all optional: {@code id}, {@code role} ({@link SiteRole}; default {@code nsp}), {@code fixed},
 * {@code name}, {@code address}, {@code rdX}/{@code rdY}. A feature whose {@code id} is a candidate site of the data
 * set becomes that candidate (its stored position counts; a file position more than {@value #MOVED_NOTE_METRES} m
 * away is noted). Every other feature becomes an own location with an id starting {@code eigen-}: its own id when it
 * has one, else {@code eigen-} plus its id or its feature number. An own location's position is the point, or
 * {@code rdX}/{@code rdY} when they lie within {@value #RD_MATCH_METRES} m of it (the export writes both, so RD
 * positions come back to the millimetre). Lists keep the file's order, so an export read back gives the plan it was
 * made from.
 *
 * <p>Every problem is reported at once (the first {@value #MAX_ERRORS}), each naming the feature (1-based, in
 * {@link InputError#line()}) and property: geometry that is not a point, an unknown role, a {@code fixed} that is not
 * a yes/no or is set on a site that is no NSP, an id used twice, too many own locations. Then the plan is checked
 * against the data set as a saved plan is ({@link PlanResolver#resolve}).
 */
public final class PlanImport {
    /** Most features one file may have (as many as a plan may have sites). */
    public static final int MAX_FEATURES = PlanResolver.MAX_SITES;
    static final double RD_MATCH_METRES = 1;
    static final double MOVED_NOTE_METRES = 50;
    static final int MAX_ERRORS = 100;
    private static final String OWN_PREFIX = "eigen-";

    private PlanImport() {
    }

    /**
     * Where the plan's region, demand layer and norms come from.
     *
     * @param sourceName  the file name used in messages
     * @param region      the safety region; empty = the region holding most of the file's sites
     * @param demandLayer the demand layer of the plan
     * @param norms       the norms of the plan
     */
    public record Options(String sourceName, Optional<String> region, String demandLayer, Norms norms) {
        public Options {
            Objects.requireNonNull(sourceName, "sourceName");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(demandLayer, "demandLayer");
            Objects.requireNonNull(norms, "norms");
        }
    }

    /**
     * What was read.
     *
     * @param plan  the plan, checked against the data set
     * @param notes things accepted but worth telling (a candidate's position differs, a name was made up, ...)
     */
    public record Result(Plan plan, List<InputError> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /**
     * The plan the features describe.
     *
     * @throws InputException listing every problem, each with its feature number and property
     */
    public static Result toPlan(List<GeoFeature> features, PlanResolver resolver, Options options) {
        return new Reading(resolver, options).read(features);
    }

    /** The state of one reading: the lists being built and the problems found. */
    private static final class Reading {
        private final PlanResolver resolver;
        private final Options options;
        private final List<InputError> errors = new ArrayList<>();
        private final List<InputError> notes = new ArrayList<>();
        private final List<String> nsp = new ArrayList<>();
        private final List<String> cp = new ArrayList<>();
        private final List<String> fixed = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();
        private final List<OwnSite> own = new ArrayList<>();
        private final Map<String, Long> firstUse = new HashMap<>();
        private final Set<String> givenIds = new HashSet<>();
        private final Map<String, Integer> regionVotes = new LinkedHashMap<>();
        private final Map<String, Municipality> municipalities;

        Reading(PlanResolver resolver, Options options) {
            this.resolver = resolver;
            this.options = options;
            this.municipalities = resolver.dataset().municipalitiesByCode();
        }

        Result read(List<GeoFeature> features) {
            if (features.size() > MAX_FEATURES) {
                throw new InputException(error(0, "features", "at most " + MAX_FEATURES + " features, got " + features.size()));
            }
            if (features.isEmpty()) {
                throw new InputException(error(0, "features", "the file has no features; expected points of NSPs and CPs"));
            }
            for (GeoFeature f : features) {
                givenIds.add(f.text("id"));
            }
            for (GeoFeature f : features) {
                feature(f);
            }
            if (own.size() > PlanResolver.MAX_OWN_SITES) {
                errors.add(error(0, "features", "at most " + PlanResolver.MAX_OWN_SITES + " own locations (features whose id"
                        + " is no candidate site), got " + own.size()));
            }
            String region = options.region().orElseGet(this::majorityRegion);
            if (region.isEmpty() && errors.isEmpty()) {
                errors.add(error(0, "region", "cannot tell the safety region: no feature lies in a known municipality;"
                        + " give the region (VR01..VR25)"));
            }
            throwIfErrors();
            Plan plan = new Plan(region, options.demandLayer(), options.norms(), nsp, cp, fixed, excluded, own);
            resolver.resolve(plan);
            return new Result(plan, notes);
        }

        private void feature(GeoFeature f) {
            long i = f.index();
            if (!(f.geometry() instanceof Point point)) {
                errors.add(error(i, "geometry", "expected a Point, got a " + f.geometry().getGeometryType()));
                return;
            }
            Optional<SiteRole> role = role(f);
            Optional<Boolean> isFixed = role.isEmpty() ? Optional.empty() : yesNo(f, "fixed");
            if (isFixed.isEmpty()) {
                return;
            }
            if (isFixed.get() && !role.get().isNsp()) {
                errors.add(error(i, "fixed", "fixed is only possible for an NSP; the role is " + role.get().code()));
                return;
            }
            String id = f.text("id");
            Optional<CandidateSite> candidate = id.isEmpty() ? Optional.empty() : resolver.candidate(id);
            if (candidate.isPresent() && !candidateUsable(i, candidate.get(), point, role.get())) {
                return;
            }
            String siteId = candidate.isPresent() ? id : ownId(id, i);
            Long first = firstUse.putIfAbsent(siteId, i);
            if (first != null) {
                errors.add(error(i, "id", "\"" + siteId + "\" is also the id of feature " + first));
                return;
            }
            if (candidate.isEmpty()) {
                OwnSite o = ownSite(f, siteId, point);
                if (o == null) {
                    return;
                }
                own.add(o);
                vote(resolver.municipalityAt(o.x(), o.y()));
            }
            addRoles(siteId, role.get(), isFixed.get());
        }

        /** The feature's role ({@code nsp} when it has none); empty after recording an error. */
        private Optional<SiteRole> role(GeoFeature f) {
            if (!f.has("role")) {
                return Optional.of(SiteRole.NSP);
            }
            Optional<SiteRole> r = SiteRole.parse(f.text("role"));
            if (r.isEmpty()) {
                errors.add(error(f.index(), "role", "unknown role \"" + f.text("role") + "\"; expected nsp, cp, nsp+cp,"
                        + " excluded or none"));
            }
            return r;
        }

        /** Notes a moved point; false (noted) for a candidate without a role, which is left out. */
        private boolean candidateUsable(long i, CandidateSite c, Point point, SiteRole role) {
            double moved = Math.hypot(c.x() - point.getX(), c.y() - point.getY());
            if (moved > MOVED_NOTE_METRES) {
                notes.add(error(i, "geometry", String.format(Locale.ROOT, "candidate site %s is used at its stored"
                        + " position; the point in the file lies %.0f m away", c.id(), moved)));
            }
            if (role == SiteRole.NONE) {
                notes.add(error(i, "role", "candidate site " + c.id() + " has role none and is left out"));
                return false;
            }
            vote(c.municipalityCode());
            return true;
        }

        private void addRoles(String siteId, SiteRole role, boolean isFixed) {
            if (role.isNsp()) {
                nsp.add(siteId);
            }
            if (role.isCp()) {
                cp.add(siteId);
            }
            if (isFixed) {
                fixed.add(siteId);
            }
            if (role == SiteRole.EXCLUDED) {
                excluded.add(siteId);
            }
        }

        /** {@code eigen-...}: the feature's own id when it has the prefix, else the prefix plus its id or number. */
        private String ownId(String id, long index) {
            if (id.startsWith(OWN_PREFIX)) {
                return id;
            }
            String base = OWN_PREFIX + (id.isEmpty() ? Long.toString(index) : id);
            if (base.length() > ScenarioSite.MAX_ID_LENGTH) {
                base = base.substring(0, ScenarioSite.MAX_ID_LENGTH - 12);
            }
            String candidateId = base;
            // a made-up id must not take an id another feature has
            for (int n = 2; givenIds.contains(candidateId) || firstUse.containsKey(candidateId)
                    || resolver.isCandidate(candidateId); n++) {
                candidateId = base + "-" + n;
            }
            return candidateId;
        }

        private OwnSite ownSite(GeoFeature f, String id, Point point) {
            long i = f.index();
            double x = point.getX();
            double y = point.getY();
            OptionalDouble rdX;
            OptionalDouble rdY;
            try {
                rdX = f.number("rdX");
                rdY = f.number("rdY");
            } catch (NumberFormatException e) {
                errors.add(error(i, "rdX", "rdX and rdY must be numbers (RD metres), got \"" + f.text("rdX") + "\", \""
                        + f.text("rdY") + "\""));
                return null;
            }
            if (rdX.isPresent() && rdY.isPresent()
                    && Math.hypot(rdX.getAsDouble() - x, rdY.getAsDouble() - y) <= RD_MATCH_METRES) {
                x = rdX.getAsDouble();
                y = rdY.getAsDouble();
            }
            String name = f.text("name");
            if (name.isEmpty()) {
                name = "Eigen locatie " + i;
                notes.add(error(i, "name", "no name: called \"" + name + "\""));
            }
            try {
                return new OwnSite(id, name, f.text("address"), x, y);
            } catch (IllegalArgumentException e) {
                errors.add(error(i, "id", e.getMessage()));
                return null;
            }
        }

        /** The value of a yes/no property (absent: no); empty after recording an error. */
        private Optional<Boolean> yesNo(GeoFeature f, String key) {
            Object v = f.properties().get(key);
            if (v == null || v instanceof String s && s.isBlank()) {
                return Optional.of(false);
            }
            if (v instanceof Boolean b) {
                return Optional.of(b);
            }
            String t = f.text(key).toLowerCase(Locale.ROOT);
            return switch (t) {
                case "true", "ja", "yes", "1", "waar" -> Optional.of(true);
                case "false", "nee", "no", "0", "onwaar" -> Optional.of(false);
                default -> {
                    errors.add(error(f.index(), key, "expected true or false, got \"" + f.text(key) + "\""));
                    yield Optional.empty();
                }
            };
        }

        private void vote(String municipalityCode) {
            Municipality m = municipalities.get(municipalityCode);
            if (m != null) {
                regionVotes.merge(m.regionCode(), 1, Integer::sum);
            }
        }

        /** The region with the most sites (ties: the first met), or "" when no site lies in a known municipality. */
        private String majorityRegion() {
            String best = "";
            int bestVotes = 0;
            for (Map.Entry<String, Integer> e : regionVotes.entrySet()) {
                if (e.getValue() > bestVotes) {
                    best = e.getKey();
                    bestVotes = e.getValue();
                }
            }
            return best;
        }

        private void throwIfErrors() {
            if (errors.isEmpty()) {
                return;
            }
            List<InputError> shown = new ArrayList<>(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
            if (errors.size() > MAX_ERRORS) {
                shown.add(error(0, "", "and " + (errors.size() - MAX_ERRORS) + " more problems"));
            }
            throw new InputException(shown);
        }

        private InputError error(long index, String field, String reason) {
            return new InputError(options.sourceName(), index, field, index > 0 ? "feature " + index + ": " + reason : reason);
        }
    }
}
