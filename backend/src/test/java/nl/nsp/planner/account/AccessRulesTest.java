package nl.nsp.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.scenario.ScenarioContent;
import nl.nsp.planner.scenario.ScenarioSite;
import org.junit.jupiter.api.Test;

/**
 * The rights of every role on a scenario of VR17 with an NSP in Rotterdam (GM0599, site r1) and one in Schiedam
 * (GM0606, site s1).
 */
class AccessRulesTest {
    static final Caller NATIONAL = Caller.of(new Account("lcms", Role.NATIONAL, "", "", true));
    static final Caller REGION17 = Caller.of(new Account("anna", Role.REGION, "VR17", "", true));
    static final Caller REGION18 = Caller.of(new Account("bert", Role.REGION, "VR18", "", true));
    static final Caller ROTTERDAM = Caller.of(new Account("gem-rdam", Role.MUNICIPALITY, "VR17", "GM0599", true));
    static final Caller VIEWER17 = Caller.of(new Account("kijker", Role.VIEWER, "VR17", "", true));
    static final Caller VIEWER_ALL = Caller.of(new Account("kijker-nl", Role.VIEWER, "", "", true));

    static ScenarioSite nsp(String id, String municipality) {
        return new ScenarioSite(id, id, "", 92_000, 437_000, municipality, false, true, false, false, false);
    }

    static ScenarioContent plan(String region, ScenarioSite... sites) {
        return new ScenarioContent("Basis", "", "anna", region, "cbs100", Norms.defaults(), List.of(sites), 1);
    }

    static final ScenarioContent BEFORE = plan("VR17", nsp("r1", "GM0599"), nsp("s1", "GM0606"));

    @Test
    void readingScenariosFollowsTheRoleAndArea() {
        assertThat(AccessRules.readableRegion(Caller.local())).isEmpty();
        assertThat(AccessRules.readableRegion(NATIONAL)).isEmpty();
        assertThat(AccessRules.readableRegion(VIEWER_ALL)).isEmpty();
        assertThat(AccessRules.readableRegion(REGION17)).contains("VR17");
        assertThat(AccessRules.readableRegion(ROTTERDAM)).contains("VR17");
        assertThat(AccessRules.readableRegion(VIEWER17)).contains("VR17");
        assertThat(AccessRules.mayRead(REGION18, "VR17")).isFalse();
        assertThatThrownBy(() -> AccessRules.requireRead(REGION18, "VR17")).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("bert (region VR18)").hasMessageNotContaining("VR17");
        assertThatCode(() -> AccessRules.requireRead(NATIONAL, "VR17")).doesNotThrowAnyException();
    }

    @Test
    void onlyTheRegionsPlannersManageItsScenarios() {
        assertThatCode(() -> AccessRules.requireManage(REGION17, "VR17")).doesNotThrowAnyException();
        assertThatCode(() -> AccessRules.requireManage(Caller.local(), "VR17")).doesNotThrowAnyException();
        for (Caller c : List.of(REGION18, NATIONAL, ROTTERDAM, VIEWER17, VIEWER_ALL)) {
            assertThatThrownBy(() -> AccessRules.requireManage(c, "VR17")).as(c.name()).isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void aRegionPlannerChangesItsRegionsScenariosAndKeepsThemThere() {
        ScenarioContent after = plan("VR17", nsp("s1", "GM0606"));
        assertThatCode(() -> AccessRules.requireChange(REGION17, BEFORE, after)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessRules.requireChange(REGION17, BEFORE, plan("VR18"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AccessRules.requireChange(REGION18, BEFORE, after)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AccessRules.requireChange(NATIONAL, BEFORE, after)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AccessRules.requireChange(VIEWER17, BEFORE, after)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aMunicipalityChangesOnlySitesInsideItsMunicipality() {
        // adding r2 and dropping r1 (both in Rotterdam) is fine; s1 in Schiedam stays as it was
        assertThatCode(() -> AccessRules.requireChange(ROTTERDAM, BEFORE,
                plan("VR17", nsp("s1", "GM0606"), nsp("r2", "GM0599")))).doesNotThrowAnyException();
        // dropping s1 or adding s2 (Schiedam) is not
        assertThatThrownBy(() -> AccessRules.requireChange(ROTTERDAM, BEFORE, plan("VR17", nsp("r1", "GM0599"))))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("1 site(s) outside it: s1");
        assertThatThrownBy(() -> AccessRules.requireChange(ROTTERDAM, BEFORE, plan("VR17", nsp("r1", "GM0599"),
                nsp("s1", "GM0606"), nsp("s2", "GM0606"), nsp("s3", "GM0606"), nsp("s4", "GM0606"), nsp("s5", "GM0606"),
                nsp("s6", "GM0606"), nsp("s7", "GM0606"))))
                .hasMessageContaining("6 site(s) outside it: s2, s3, s4, s5, s6 and 1 more");
        // an own location moved from Rotterdam into Schiedam touches Schiedam
        ScenarioSite ownInRotterdam = new ScenarioSite("eigen-1", "Eigen", "", 92_000, 437_000, "GM0599", true, true, false,
                false, false);
        ScenarioSite ownInSchiedam = new ScenarioSite("eigen-1", "Eigen", "", 85_000, 437_000, "GM0606", true, true, false,
                false, false);
        assertThatThrownBy(() -> AccessRules.requireChange(ROTTERDAM, plan("VR17", ownInRotterdam), plan("VR17", ownInSchiedam)))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("eigen-1");
    }

    @Test
    void aMunicipalityKeepsTheScenariosNameNormsAndLayer() {
        ScenarioContent renamed = new ScenarioContent("Mijn plan", "", "anna", "VR17", "cbs100", Norms.defaults(),
                BEFORE.sites(), 1);
        ScenarioContent otherNorms = new ScenarioContent("Basis", "", "anna", "VR17", "pc4",
                new Norms(800, 500, java.util.Map.of(), 5000, 20, 5000), BEFORE.sites(), 1);
        assertThatThrownBy(() -> AccessRules.requireChange(ROTTERDAM, BEFORE, renamed)).hasMessageContaining("not name");
        assertThatThrownBy(() -> AccessRules.requireChange(ROTTERDAM, BEFORE, otherNorms))
                .hasMessageContaining("not demandLayer, norms");
        ScenarioContent otherAuthorAndDataVersion = new ScenarioContent("Basis", "", "gem-rdam", "VR17", "cbs100",
                Norms.defaults(), BEFORE.sites(), 2);
        assertThatCode(() -> AccessRules.requireChange(ROTTERDAM, BEFORE, otherAuthorAndDataVersion)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessRules.requireChange(ROTTERDAM, plan("VR18"), plan("VR18")))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void optimisingAndTheAuditLog() {
        assertThatCode(() -> AccessRules.requireOptimise(NATIONAL, "VR03")).doesNotThrowAnyException();
        assertThatCode(() -> AccessRules.requireOptimise(ROTTERDAM, "VR17")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessRules.requireOptimise(REGION17, "VR18")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AccessRules.requireOptimise(VIEWER_ALL, "VR17")).isInstanceOf(NotPermittedException.class);
        assertThatCode(() -> AccessRules.requireAuditReader(NATIONAL)).doesNotThrowAnyException();
        assertThatCode(() -> AccessRules.requireAuditReader(Caller.local())).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessRules.requireAuditReader(REGION17)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void accountsNeedTheAreaTheirRoleNeeds() {
        assertThatThrownBy(() -> new Account("anna", Role.REGION, "", "", true)).hasMessageContaining("needs a region");
        assertThatThrownBy(() -> new Account("anna", Role.MUNICIPALITY, "VR17", "", true)).hasMessageContaining("municipality");
        assertThatThrownBy(() -> new Account("lcms", Role.NATIONAL, "VR17", "", true)).hasMessageContaining("no region");
        assertThatThrownBy(() -> new Account("Anna", Role.VIEWER, "", "", true)).hasMessageContaining("lower case");
        assertThatThrownBy(() -> new Account("anna", Role.REGION, "Rijnmond", "", true)).hasMessageContaining("VR01..VR25");
        assertThat(Role.of(" Region ")).isEqualTo(Role.REGION);
        assertThatThrownBy(() -> Role.of("admin")).hasMessageContaining("national, region, municipality, viewer");
        assertThat(new Account("gem-rdam", Role.MUNICIPALITY, "VR17", "GM0599", true).describe())
                .isEqualTo("gem-rdam (municipality GM0599 in VR17)");
        assertThat(Caller.local().account()).isEqualTo(Optional.empty());
    }
}
