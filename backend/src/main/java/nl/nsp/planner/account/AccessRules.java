package nl.nsp.planner.account;

import java.util.List;
import java.util.Optional;
import nl.nsp.planner.scenario.ScenarioContent;
import nl.nsp.planner.scenario.SiteChange;

/**
 * Which scenarios a {@link Caller} may read and change. The local user may do everything. For accounts:
 *
 * <table>
 * <caption>Rights per role</caption>
 * <tr><th>role</th><th>read scenarios</th><th>create, publish, delete, duplicate</th><th>change</th>
 * <th>optimise</th><th>audit log</th></tr>
 * <tr><td>national</td><td>every region</td><td>no</td><td>no</td><td>every region</td><td>yes</td></tr>
 * <tr><td>region</td><td>its region</td><td>its region</td><td>its region (and it stays there)</td><td>its region</td>
 * <td>no</td></tr>
 * <tr><td>municipality</td><td>its region</td><td>no</td><td>only sites inside its municipality; name, description,
 * region, demand layer and norms stay</td><td>its region</td><td>no</td></tr>
 * <tr><td>viewer</td><td>its region, or every region without one</td><td>no</td><td>no</td><td>no</td><td>no</td></tr>
 * </table>
 *
 * <p>The data set itself (regions, municipalities, population, candidate sites: public open data) is readable by
 * every logged-in account; these rules are about the scenarios, the planners' own work.
 */
public final class AccessRules {
    private static final int MAX_LISTED_SITES = 5;

    private AccessRules() {
    }

    /** The one region whose scenarios the caller may read, or empty when it may read every region's. */
    public static Optional<String> readableRegion(Caller caller) {
        if (caller.isLocal()) {
            return Optional.empty();
        }
        Account a = caller.account().orElseThrow();
        return a.role() == Role.NATIONAL ? Optional.empty() : a.regionCode();
    }

    /** True when the caller may read the scenarios of {@code region}. */
    public static boolean mayRead(Caller caller, String region) {
        return readableRegion(caller).map(region::equals).orElse(true);
    }

    /** @throws NotPermittedException unless the caller may read the scenarios of {@code region} */
    public static void requireRead(Caller caller, String region) {
        if (!mayRead(caller, region)) {
            throw new NotPermittedException(who(caller) + " may only read the scenarios of its own safety region");
        }
    }

    /**
     * Creating, publishing, withdrawing, deleting and duplicating the scenarios of {@code region}: the region's planners.
     *
     * @throws NotPermittedException for anyone else
     */
    public static void requireManage(Caller caller, String region) {
        if (caller.isLocal()) {
            return;
        }
        Account a = caller.account().orElseThrow();
        if (a.role() != Role.REGION) {
            throw new NotPermittedException(who(caller) + ": only a region planner may create, publish, delete or "
                    + "duplicate scenarios");
        }
        if (!a.region().equals(region)) {
            throw new NotPermittedException(who(caller) + " may only manage the scenarios of its own safety region");
        }
    }

    /**
     * Replacing the content {@code before} of a scenario by {@code after}.
     *
     * @throws NotPermittedException when the caller may not make this change; for a municipality the message lists
     *                               (up to five of) the sites outside its municipality that the change touches
     */
    public static void requireChange(Caller caller, ScenarioContent before, ScenarioContent after) {
        if (caller.isLocal()) {
            return;
        }
        Account a = caller.account().orElseThrow();
        switch (a.role()) {
            case NATIONAL, VIEWER -> throw new NotPermittedException(who(caller) + " may not change scenarios");
            case REGION -> {
                if (!a.region().equals(before.region()) || !a.region().equals(after.region())) {
                    throw new NotPermittedException(who(caller) + " may only change the scenarios of its own safety "
                            + "region, and keep them there");
                }
            }
            case MUNICIPALITY -> requireMunicipalChange(caller, a, before, after);
        }
    }

    private static void requireMunicipalChange(Caller caller, Account a, ScenarioContent before, ScenarioContent after) {
        if (!a.region().equals(before.region()) || !a.region().equals(after.region())) {
            throw new NotPermittedException(who(caller) + " may only change the scenarios of its own safety region, "
                    + "and keep them there");
        }
        List<String> fields = new java.util.ArrayList<>();
        if (!before.name().equals(after.name())) {
            fields.add("name");
        }
        if (!before.description().equals(after.description())) {
            fields.add("description");
        }
        if (!before.demandLayer().equals(after.demandLayer())) {
            fields.add("demandLayer");
        }
        if (!before.norms().equals(after.norms())) {
            fields.add("norms");
        }
        if (!fields.isEmpty()) {
            throw new NotPermittedException(who(caller) + " may only change sites inside its municipality, not "
                    + String.join(", ", fields));
        }
        List<String> outside = SiteChange.between(before.sites(), after.sites()).stream()
                .filter(c -> !c.before().map(s -> s.municipalityCode().equals(a.municipality())).orElse(true)
                        || !c.after().map(s -> s.municipalityCode().equals(a.municipality())).orElse(true))
                .map(SiteChange::siteId).toList();
        if (!outside.isEmpty()) {
            String listed = String.join(", ", outside.subList(0, Math.min(MAX_LISTED_SITES, outside.size())))
                    + (outside.size() > MAX_LISTED_SITES ? " and " + (outside.size() - MAX_LISTED_SITES) + " more" : "");
            throw new NotPermittedException(who(caller) + " may only change sites inside " + a.municipality()
                    + "; the change touches " + outside.size() + " site(s) outside it: " + listed);
        }
    }

    /**
     * Starting an optimisation for {@code region}: the national organisation (any region), the region's planners and
     * its municipalities.
     *
     * @throws NotPermittedException for viewers and for other regions
     */
    public static void requireOptimise(Caller caller, String region) {
        if (caller.isLocal()) {
            return;
        }
        Account a = caller.account().orElseThrow();
        if (a.role() == Role.VIEWER) {
            throw new NotPermittedException(who(caller) + " may not start optimisations");
        }
        if (a.role() != Role.NATIONAL && !a.region().equals(region)) {
            throw new NotPermittedException(who(caller) + " may only optimise its own safety region");
        }
    }

    /** @throws NotPermittedException unless the caller may read the audit log (national accounts, the local user) */
    public static void requireAuditReader(Caller caller) {
        if (!caller.isLocal() && caller.account().orElseThrow().role() != Role.NATIONAL) {
            throw new NotPermittedException(who(caller) + ": only national accounts may read the audit log");
        }
    }

    private static String who(Caller caller) {
        return caller.account().map(Account::describe).orElse(caller.name());
    }
}
