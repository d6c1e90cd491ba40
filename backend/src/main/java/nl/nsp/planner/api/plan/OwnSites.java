package nl.nsp.planner.api.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.SiteKind;
import nl.nsp.planner.geo.DutchExtent;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.ingest.MunicipalityLocator;
import org.springframework.stereotype.Component;

/**
 * Turns the own sites of a request into candidate sites of kind {@code OWN}, located in the municipality that
 * contains them (for the NSP-CP border flags; "" outside every municipality). Every problem is reported with its
 * field, e.g. {@code ownSites[2].x}. The municipality locator is built once per data set.
 */
@Component
public class OwnSites {
    /** Own-site ids: the plan shape's {@code eigen-} prefix, then a short token. */
    public static final Pattern ID = Pattern.compile("eigen-[A-Za-z0-9_-]{1,60}");
    private static final int MAX_NAME = 200;
    private static final int MAX_ADDRESS = 300;

    private volatile Located located;

    private record Located(Dataset dataset, MunicipalityLocator locator) {
    }

    /**
     * The own sites as candidate sites, in request order (empty for null).
     *
     * @throws InputException naming every invalid field (at most 100)
     */
    public List<CandidateSite> resolve(Dataset dataset, List<OwnSiteRequest> own, String field) {
        if (own == null || own.isEmpty()) {
            return List.of();
        }
        List<InputError> errors = new ArrayList<>();
        if (own.size() > RequestLimits.MAX_OWN_SITES) {
            throw new InputException(List.of(new InputError("request", 0, field,
                    own.size() + " own sites; at most " + RequestLimits.MAX_OWN_SITES + " per plan")));
        }
        Set<String> candidateIds = new HashSet<>();
        for (CandidateSite c : dataset.candidates()) {
            candidateIds.add(c.id());
        }
        Set<String> seen = new HashSet<>();
        List<CandidateSite> out = new ArrayList<>();
        for (int k = 0; k < own.size(); k++) {
            OwnSiteRequest o = own.get(k);
            String f = field + "[" + k + "]";
            if (o == null) {
                errors.add(error(f, "an own site is an object {id, name, address, x, y}, got null"));
                continue;
            }
            int before = errors.size();
            if (o.id() == null || !ID.matcher(o.id()).matches()) {
                errors.add(error(f + ".id", "expected \"eigen-\" followed by 1..60 letters, digits, '-' or '_', got "
                        + quote(o.id())));
            } else if (!seen.add(o.id())) {
                errors.add(error(f + ".id", "duplicate own-site id \"" + o.id() + "\""));
            } else if (candidateIds.contains(o.id())) {
                errors.add(error(f + ".id", "\"" + o.id() + "\" is already a candidate site's id"));
            }
            if (o.name() == null || o.name().isBlank() || o.name().length() > MAX_NAME) {
                errors.add(error(f + ".name", "required, 1.." + MAX_NAME + " characters"));
            }
            if (o.address() != null && o.address().length() > MAX_ADDRESS) {
                errors.add(error(f + ".address", "at most " + MAX_ADDRESS + " characters"));
            }
            if (o.x() == null || o.y() == null) {
                errors.add(error(f + (o.x() == null ? ".x" : ".y"), "required: RD New metres"));
            } else if (!DutchExtent.isPlausibleRd(o.x(), o.y())) {
                errors.add(error(f + ".x", "(" + o.x() + ", " + o.y() + ") is not an RD New position in the Netherlands "
                        + "(x " + (long) DutchExtent.RD_MIN_X + ".." + (long) DutchExtent.RD_MAX_X + ", y "
                        + (long) DutchExtent.RD_MIN_Y + ".." + (long) DutchExtent.RD_MAX_Y + " m)"));
            }
            if (errors.size() == before) {
                out.add(new CandidateSite(o.id(), o.name().strip(), o.address() == null ? "" : o.address().strip(), o.x(), o.y(),
                        locator(dataset).codeAt(o.x(), o.y()), SiteKind.OWN, Accessibility.UNKNOWN, "", Map.of()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors.subList(0, Math.min(100, errors.size())));
        }
        return List.copyOf(out);
    }

    private MunicipalityLocator locator(Dataset dataset) {
        Located l = located;
        if (l == null || l.dataset() != dataset) {
            l = new Located(dataset, new MunicipalityLocator(dataset.municipalities()));
            located = l;
        }
        return l.locator();
    }

    private static InputError error(String field, String reason) {
        return new InputError("request", 0, field, reason);
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
