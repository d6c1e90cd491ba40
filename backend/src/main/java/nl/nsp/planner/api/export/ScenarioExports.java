package nl.nsp.planner.api.export;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.nsp.planner.account.Caller;
import nl.nsp.planner.api.BadRequestException;
import nl.nsp.planner.api.NotFoundException;
import nl.nsp.planner.api.scenario.ScenarioService;
import nl.nsp.planner.domain.Codes;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.scenario.ResidentList;
import nl.nsp.planner.scenario.Scenario;
import nl.nsp.planner.scenario.ScenarioSite;
import org.springframework.stereotype.Service;

/** Builds the exports of a saved scenario from the scenario service and the loaded data set's municipalities. */
@Service
class ScenarioExports {
    private final ScenarioService scenarios;

    ScenarioExports(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    /** A scenario and its sites as every export writes them. */
    record Export(Scenario scenario, List<ExportSite> sites) {
    }

    Export export(Caller caller, String id) {
        Scenario s = scenarios.scenario(caller, id);
        Map<String, String> names = new HashMap<>();
        for (Municipality m : dataset().municipalities()) {
            names.put(m.code(), m.name());
        }
        return new Export(s, ExportSite.of(s.content().sites(), names));
    }

    /** A scenario and its statistics CSV. */
    record Statistics(Scenario scenario, byte[] csv) {
    }

    Statistics statistics(Caller caller, String id) {
        Scenario s = scenarios.scenario(caller, id);
        Map<String, String> names = new HashMap<>();
        for (ScenarioSite site : s.content().sites()) {
            names.put(site.siteId(), site.name());
        }
        return new Statistics(s, StatisticsCsv.write(scenarios.statistics(caller, id), names));
    }

    /**
     * The resident list page of the scenario's region, or of one of its municipalities.
     *
     * @throws BadRequestException when {@code municipality} is malformed or lies in another region
     * @throws NotFoundException   for an unknown scenario or municipality
     */
    String residentList(Caller caller, String id, String municipality) {
        Scenario s = scenarios.scenario(caller, id);
        Dataset d = dataset();
        String region = s.content().region();
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        List<Municipality> members = d.municipalities().stream().filter(m -> m.regionCode().equals(region))
                .sorted(Comparator.comparing(Municipality::name, dutch)).toList();
        if (municipality != null) {
            String code = municipality.strip().toUpperCase(Locale.ROOT);
            if (!Codes.isMunicipality(code)) {
                throw new BadRequestException("municipality", "expected a gemeentecode GM####, got \"" + municipality + "\"");
            }
            Municipality m = d.municipality(code).orElseThrow(() -> new NotFoundException("municipality",
                    "unknown gemeente " + code));
            if (!m.regionCode().equals(region)) {
                throw new BadRequestException("municipality", code + " (" + m.name() + ") lies in " + m.regionCode()
                        + ", not in the scenario's region " + region);
            }
            members = List.of(m);
        }
        String regionName = d.region(region).map(SafetyRegion::name).map(n -> "Veiligheidsregio " + n).orElse(region);
        return ResidentListPage.render(s, regionName, ResidentList.of(s.content().sites(), members));
    }

    private Dataset dataset() {
        return scenarios.resolver().dataset();
    }
}
