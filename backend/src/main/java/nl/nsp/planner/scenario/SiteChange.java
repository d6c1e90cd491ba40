package nl.nsp.planner.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A site that one version of a scenario has and the other has differently, or not at all.
 *
 * @param siteId the site
 * @param before the site in the older version; empty when it was added
 * @param after  the site in the newer version; empty when it was removed
 */
public record SiteChange(String siteId, Optional<ScenarioSite> before, Optional<ScenarioSite> after) {
    public SiteChange {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("site change " + siteId + ": neither before nor after");
        }
    }

    /**
     * The sites whose part in the plan differs between {@code before} and {@code after}: added, removed, or with other
     * roles (own, NSP, CP, fixed, excluded); for an own location also another name, address or position. The name,
     * address and position of a candidate are copies from the data set made at saving, so a new import can change
     * them without any planner doing so: they do not count. The order of the lists does not count either.
     *
     * @return the changes, in the order of {@code before}, then the added sites in the order of {@code after}
     */
    public static List<SiteChange> between(List<ScenarioSite> before, List<ScenarioSite> after) {
        Map<String, ScenarioSite> next = new LinkedHashMap<>();
        for (ScenarioSite s : after) {
            next.put(s.siteId(), s);
        }
        List<SiteChange> out = new ArrayList<>();
        for (ScenarioSite old : before) {
            ScenarioSite now = next.remove(old.siteId());
            if (now == null || !samePart(old, now)) {
                out.add(new SiteChange(old.siteId(), Optional.of(old), Optional.ofNullable(now)));
            }
        }
        for (ScenarioSite added : next.values()) {
            out.add(new SiteChange(added.siteId(), Optional.empty(), Optional.of(added)));
        }
        return out;
    }

    private static boolean samePart(ScenarioSite a, ScenarioSite b) {
        boolean sameRoles = a.own() == b.own() && a.nsp() == b.nsp() && a.cp() == b.cp() && a.fixed() == b.fixed()
                && a.excluded() == b.excluded();
        if (!sameRoles || !a.own()) {
            return sameRoles;
        }
        return a.name().equals(b.name()) && a.address().equals(b.address()) && a.x() == b.x() && a.y() == b.y();
    }
}
