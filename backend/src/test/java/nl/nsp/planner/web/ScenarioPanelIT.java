package nl.nsp.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The "Scenario's" section in a real headless Chromium on the real data (VR17, CBS 100 m grid): a plan with NSPs, a
 * fixed site, an own location that is also a CP and other norms is saved with the keyboard, the page is reloaded and
 * the scenario reopened with the same NSPs and the same figures; a save made on a version someone else has since
 * replaced (through the API) gets the conflict dialog and overwrites nothing (their version loaded, or mine saved as
 * a copy); unsaved changes stop a region change and opening another scenario until the planner decides, and ask the
 * browser to warn before the page is left. Two scenarios are compared (the table's figures are the API's, the
 * difference map has the API's sites and cells; with other norms there is no cell difference); a scenario's GeoJSON
 * is downloaded, imported back and saved as the same plan; an accepted optimiser proposal is saved in two steps.
 */
class ScenarioPanelIT extends RealDataServerIT {
    private static HeadlessChromium browser;
    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = new HeadlessChromium();
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebDriverWait waiting(int seconds) {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        w.ignoring(StaleElementReferenceException.class);
        return w;
    }

    private WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    private String bar(String attribute) {
        return byId("scenario-bar").getDomAttribute(attribute);
    }

    /** Waits until the bar shows this state (empty, new, saved, dirty). */
    private void awaitBar(String state) {
        waiting(60).until(d -> state.equals(bar("data-state")));
    }

    /** Waits until the panel shows a finished computation with this many open NSPs. */
    private void awaitPanel(int openSites) {
        waiting(90).until(d -> "true".equals(byId("coverage-panel").getDomAttribute("data-ready"))
                && String.valueOf(openSites).equals(byId("coverage-panel").getDomAttribute("data-open-sites")));
    }

    private double figure(String key) {
        return Double.parseDouble(driver.findElement(By.cssSelector("#coverage-figures dd[data-figure='" + key + "']"))
                .getDomAttribute("data-value"));
    }

    /** The figures that say the coverage is the same. */
    private List<Double> figures() {
        return List.of(figure("openSites"), figure("covered"), figure("covered65"), figure("unknown65"), figure("median"),
                figure("overRule"));
    }

    private void openPage() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.get("http://localhost:" + port + "/");
        awaitPanel(0);
        waiting(60).until(d -> "true".equals(byId("status-bar").getDomAttribute("data-ready")));
    }

    private void type(String id, CharSequence... keys) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(keys);
    }

    /** The question dialog of this kind is open; answers it with the button of this choice. */
    private void answer(String kind, String choice) {
        waiting(30).until(d -> byId("choice-dialog").isDisplayed() && kind.equals(byId("choice-dialog").getDomAttribute("data-kind")));
        byId("choice-dialog").findElement(By.cssSelector("button[data-choice='" + choice + "']")).click();
        waiting(10).until(d -> !byId("choice-dialog").isDisplayed());
    }

    private WebElement listButton(String scenarioId, String cls) {
        return waiting(30).until(d -> d.findElements(By.cssSelector("#scenario-list li[data-scenario-id='" + scenarioId + "'] button." + cls))
                .stream().findFirst().orElse(null));
    }

    /** Whether a synthetic beforeunload event is cancelled by the page (what makes the browser ask before leaving). */
    private boolean warnsBeforeLeaving() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    private static Set<String> set(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** The plan fields of a scenario, lists as sets (their order carries no meaning). */
    private static Map<String, Object> planOf(JsonNode s) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("region", s.get("region").asString());
        plan.put("demandLayer", s.get("demandLayer").asString());
        plan.put("norms", s.get("norms").toString());
        for (String list : List.of("nspSiteIds", "cpSiteIds", "fixedSiteIds", "excludedSiteIds")) {
            plan.put(list, set(s.get(list)));
        }
        plan.put("ownSites", s.get("ownSites").toString());
        return plan;
    }

    /** A scenario body for the API: the plan of {@code s} with these NSPs, saved on {@code version}. */
    private static Map<String, Object> body(JsonNode s, List<String> nsps, String author, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", s.get("name").asString());
        body.put("author", author);
        body.put("region", s.get("region").asString());
        body.put("demandLayer", s.get("demandLayer").asString());
        body.put("norms", ApiCalls.JSON.convertValue(s.get("norms"), Map.class));
        body.put("nspSiteIds", nsps);
        body.put("cpSiteIds", ApiCalls.JSON.convertValue(s.get("cpSiteIds"), List.class));
        body.put("fixedSiteIds", ApiCalls.JSON.convertValue(s.get("fixedSiteIds"), List.class));
        body.put("ownSites", ApiCalls.JSON.convertValue(s.get("ownSites"), List.class));
        body.put("version", version);
        return body;
    }

    /** The scenario's NSPs without the last {@code n} that are neither fixed nor CPs (what another planner removes). */
    private static List<String> fewer(JsonNode s, int n) {
        Set<String> keep = set(s.get("fixedSiteIds"));
        keep.addAll(set(s.get("cpSiteIds")));
        List<String> out = new ArrayList<>();
        s.get("nspSiteIds").forEach(x -> out.add(x.asString()));
        int removed = 0;
        for (int i = out.size() - 1; i >= 0 && removed < n; i--) {
            if (!keep.contains(out.get(i))) {
                out.remove(i);
                removed++;
            }
        }
        return out;
    }


    @Test
    void aSavedScenarioReopensAfterAReloadAndAStaleSaveNeverOverwrites() throws Exception {
        ApiCalls api = new ApiCalls(port);
        openPage();
        assertThat(bar("data-state")).isEqualTo("empty");
        assertThat(warnsBeforeLeaving()).isFalse();

        // a plan with everything a scenario holds: all polling stations but one, a fixed site, an own location that
        // is NSP and CP, and a radius of 900 m
        byId("all-nsp").click();
        awaitPanel(659);
        driver.findElement(By.cssSelector("#nsp-list li button.remove")).sendKeys(Keys.ENTER);
        awaitPanel(658);
        driver.findElement(By.cssSelector("#nsp-list li button.fix")).click();
        type("own-name", "Buurthuis De Kern");
        byId("own-as-cp").click();
        type("own-query", "92500 437500", Keys.ENTER);
        waiting(20).until(d -> d.findElements(By.cssSelector("#own-results button.place[data-kind='coordinates']")).stream()
                .findFirst().orElse(null)).click();
        awaitPanel(659);
        type("radius-input", "900", Keys.ENTER);
        waiting(60).until(d -> byId("coverage-figures").getText().contains("≤ 900 m") && "true".equals(byId("coverage-panel").getDomAttribute("data-ready")));
        awaitBar("new");
        assertThat(driver.getTitle()).startsWith("* ");
        assertThat(warnsBeforeLeaving()).isTrue();

        // save with the keyboard: the bar's button goes to the name, Enter in the author field saves
        byId("scenario-bar-save").sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("scenario-name");
        driver.switchTo().activeElement().sendKeys("IT basis Rijnmond");
        type("scenario-author", "Anna", Keys.ENTER);
        awaitBar("saved");
        String id = bar("data-scenario-id");
        assertThat(bar("data-version")).isEqualTo("1");
        assertThat(driver.getTitle()).doesNotStartWith("* ");
        assertThat(warnsBeforeLeaving()).isFalse();
        JsonNode saved = api.get("/api/scenarios/" + id);
        assertThat(saved.get("author").asString()).isEqualTo("Anna");
        assertThat(saved.get("nspSiteIds")).hasSize(659);
        assertThat(saved.get("fixedSiteIds")).hasSize(1);
        assertThat(saved.get("ownSites")).hasSize(1);
        assertThat(set(saved.get("cpSiteIds"))).containsExactly(saved.get("ownSites").get(0).get("id").asString());
        assertThat(saved.get("norms").get("radiusMetres").asDouble()).isEqualTo(900.0);
        List<Double> before = figures();
        double cps = Double.parseDouble(driver.findElement(By.cssSelector("#cp-figures dd[data-figure='cps']")).getDomAttribute("data-value"));

        // reload: a new, empty plan; the scenario is in the list and reopens with the same NSPs and the same figures
        driver.navigate().refresh();
        awaitPanel(0);
        awaitBar("empty");
        assertThat(byId("scenario-author").getDomProperty("value")).as("the author is remembered").isEqualTo("Anna");
        listButton(id, "open").sendKeys(Keys.ENTER);
        awaitBar("saved");
        assertThat(bar("data-scenario-id")).isEqualTo(id);
        awaitPanel(659);
        waiting(30).until(d -> byId("coverage-figures").getText().contains("≤ 900 m"));
        assertThat(figures()).isEqualTo(before);
        assertThat(byId("radius-input").getDomProperty("value")).isEqualTo("900");
        assertThat(driver.findElements(By.cssSelector("#own-list > li"))).extracting(li -> li.getDomAttribute("data-site-id"))
                .containsExactly(saved.get("ownSites").get(0).get("id").asString());
        assertThat(Double.parseDouble(driver.findElement(By.cssSelector("#cp-figures dd[data-figure='cps']")).getDomAttribute("data-value")))
                .isEqualTo(cps);
        assertThat(byId("coverage-panel").getDomAttribute("data-fixed-drawn")).isEqualTo("1");
        System.out.println("scenario saved and reopened after a reload: " + before);

        // someone else saves version 2 (10 NSPs fewer) through the API; my save on version 1 gets the conflict dialog
        List<String> theirs = fewer(saved, 10);
        assertThat(api.put("/api/scenarios/" + id, body(saved, theirs, "Bert", 1)).get("version").asLong()).isEqualTo(2);
        driver.findElement(By.cssSelector("#nsp-list li button.remove")).sendKeys(Keys.ENTER);
        awaitPanel(658);
        awaitBar("dirty");
        assertThat(byId("scenario-bar-badge").getText()).isEqualTo("niet opgeslagen wijzigingen");
        assertThat(byId("scenario-bar-detail").getText()).contains("1 NSP eraf");
        byId("scenario-bar-save").click();
        waiting(30).until(d -> "conflict".equals(byId("choice-dialog").getDomAttribute("data-kind")) && byId("choice-dialog").isDisplayed());
        assertThat(byId("choice-text").getText()).contains("versie 2").contains("Bert").contains("niet overschreven");
        JsonNode stored = api.get("/api/scenarios/" + id);
        assertThat(stored.get("version").asLong()).isEqualTo(2);
        assertThat(stored.get("nspSiteIds")).hasSize(649);
        // their version, loaded
        answer("conflict", "reload");
        awaitBar("saved");
        assertThat(bar("data-version")).isEqualTo("2");
        awaitPanel(649);

        // again: they save version 3 while I edit; this time mine is saved as a copy, theirs stays
        driver.findElement(By.cssSelector("#nsp-list li button.remove")).sendKeys(Keys.ENTER);
        awaitPanel(648);
        assertThat(api.put("/api/scenarios/" + id, body(stored, fewer(stored, 9), "Bert", 2)).get("version").asLong()).isEqualTo(3);
        byId("scenario-bar-save").sendKeys(Keys.ENTER);
        waiting(30).until(d -> "conflict".equals(byId("choice-dialog").getDomAttribute("data-kind")) && byId("choice-dialog").isDisplayed());
        assertThat(byId("choice-input").getDomProperty("value")).isEqualTo("Kopie van IT basis Rijnmond");
        answer("conflict", "copy");
        awaitBar("saved");
        String copy = bar("data-scenario-id");
        assertThat(copy).isNotEqualTo(id);
        assertThat(api.get("/api/scenarios/" + copy).get("nspSiteIds")).hasSize(648);
        assertThat(api.get("/api/scenarios/" + copy).get("name").asString()).isEqualTo("Kopie van IT basis Rijnmond");
        assertThat(api.get("/api/scenarios/" + id).get("nspSiteIds")).hasSize(640);
        assertThat(api.get("/api/scenarios/" + id).get("version").asLong()).isEqualTo(3);

        // unsaved changes stop a region change (Escape = cancel) and ask before another scenario is opened
        driver.findElement(By.cssSelector("#nsp-list li button.remove")).sendKeys(Keys.ENTER);
        awaitPanel(647);
        awaitBar("dirty");
        assertThat(warnsBeforeLeaving()).isTrue();
        new Select(byId("region-select")).selectByValue("VR18");
        waiting(30).until(d -> "unsaved".equals(byId("choice-dialog").getDomAttribute("data-kind")) && byId("choice-dialog").isDisplayed());
        assertThat(byId("choice-text").getText()).contains("Een andere veiligheidsregio kiezen vervangt het werkplan");
        Path shot = browser.screenshot("scenario-unsaved.png");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting(10).until(d -> !byId("choice-dialog").isDisplayed());
        assertThat(new Select(byId("region-select")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("VR17");
        assertThat(byId("coverage-panel").getDomAttribute("data-open-sites")).isEqualTo("647");
        assertThat(bar("data-state")).isEqualTo("dirty");
        listButton(id, "open").click();
        answer("unsaved", "discard");
        waiting(30).until(d -> id.equals(bar("data-scenario-id")) && "saved".equals(bar("data-state")));
        assertThat(bar("data-version")).isEqualTo("3");
        awaitPanel(640);
        assertThat(warnsBeforeLeaving()).isFalse();
        assertThat(shot).exists();
        // the browser logs every 4xx answer: the two refused saves, nothing else
        assertThat(browser.consoleProblems()).extracting(e -> e.getMessage().replaceAll("^http://localhost:\\d+", ""))
                .as("browser console warnings and errors")
                .containsExactly("/api/scenarios/" + id + " - Failed to load resource: the server responded with a status of 409 ()",
                        "/api/scenarios/" + id + " - Failed to load resource: the server responded with a status of 409 ()");
    }

    @Test
    void twoScenariosAreComparedAndAnExportedGeoJsonComesBackAsTheSamePlan() throws Exception {
        ApiCalls api = new ApiCalls(port);
        Path downloads = browser.downloadsTo(Path.of("target/downloads-" + System.nanoTime()));
        List<String> candidates = new ArrayList<>();
        api.get("/api/candidates?region=VR17").get("features").forEach(f -> candidates.add(f.get("properties").get("id").asString()));
        // A: 80 polling stations; B: the last 40 of them and 40 more; C: A with a radius of 800 m
        String a = scenario(api, "IT vergelijk A", candidates.subList(0, 80), 1000);
        String b = scenario(api, "IT vergelijk B", candidates.subList(40, 120), 1000);
        String c = scenario(api, "IT vergelijk C (800 m)", candidates.subList(0, 80), 800);
        openPage();
        listButton(c, "open");

        new Select(byId("compare-a")).selectByValue(a);
        new Select(byId("compare-b")).selectByValue(b);
        byId("compare-start").click();
        waiting(90).until(d -> "true".equals(byId("compare-dialog").getDomAttribute("data-ready")));
        JsonNode cmp = api.get("/api/scenarios/compare?a=" + a + "&b=" + b);
        assertThat(cmp.get("sameBasis").asBoolean()).isTrue();
        assertThat(cell("covered", "a")).isEqualTo(cmp.get("statisticsA").get("report").get("total").get("coveredInhabitants").asDouble());
        assertThat(cell("covered", "b")).isEqualTo(cmp.get("statisticsB").get("report").get("total").get("coveredInhabitants").asDouble());
        assertThat(cell("covered", "diff")).isEqualTo(cell("covered", "b") - cell("covered", "a"));
        assertThat(cell("coveredShare", "a")).isEqualTo(cmp.get("statisticsA").get("report").get("total").get("coveredShare").asDouble());
        assertThat(cell("openSites", "a")).isEqualTo(80.0);
        WebElement map = byId("compare-map");
        assertThat(List.of(map.getDomAttribute("data-nsp-only-a"), map.getDomAttribute("data-nsp-only-b"), map.getDomAttribute("data-nsp-both")))
                .containsExactly("40", "40", "40");
        assertThat(Integer.parseInt(map.getDomAttribute("data-changed-cells"))).isEqualTo(cmp.get("changedPoints").size()).isPositive();
        assertThat(driver.findElements(By.cssSelector("#compare-municipalities tbody tr")))
                .hasSize(cmp.get("statisticsA").get("report").get("municipalities").size());
        assertThat(byId("compare-legend").getText()).contains("alleen door A gedekt").contains("alleen door B gedekt");
        System.out.println("compare A/B: covered " + cell("covered", "a") + " / " + cell("covered", "b") + ", "
                + cmp.get("changedPoints").size() + " cells covered by one only");
        browser.screenshotForDocs("scenario-compare.png");

        // the cells by the 65+ radius
        byId("compare-use65").click();
        JsonNode cmp65 = api.get("/api/scenarios/compare?a=" + a + "&b=" + b + "&use65=true");
        waiting(90).until(d -> "true".equals(byId("compare-dialog").getDomAttribute("data-ready"))
                && String.valueOf(cmp65.get("changedPoints").size()).equals(byId("compare-map").getDomAttribute("data-changed-cells")));

        // other norms: each on its own basis, no cell difference, and the dialog says why
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting(10).until(d -> !byId("compare-dialog").isDisplayed());
        new Select(byId("compare-b")).selectByValue(c);
        byId("compare-start").sendKeys(Keys.ENTER);
        waiting(90).until(d -> "true".equals(byId("compare-dialog").getDomAttribute("data-ready")) && "false".equals(byId("compare-dialog").getDomAttribute("data-same-basis")));
        assertThat(byId("compare-basis").getText()).startsWith("Andere basis").contains("straal 1.000 / 800 m").contains("geen celverschil");
        assertThat(byId("compare-map").getDomAttribute("data-changed-cells")).isEqualTo("0");
        JsonNode cmpC = api.get("/api/scenarios/compare?a=" + a + "&b=" + c);
        assertThat(cell("covered", "b")).isEqualTo(cmpC.get("statisticsB").get("report").get("total").get("coveredInhabitants").asDouble());
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting(10).until(d -> !byId("compare-dialog").isDisplayed());

        // duplicate B, publish A and withdraw it again, delete the copy (each with its question); the API agrees
        listButton(b, "duplicate").click();
        waiting(30).until(d -> byId("scenario-message").getText().startsWith("Kopie gemaakt"));
        String duplicate = waiting(30).until(d -> d.findElements(By.cssSelector("#scenario-list li[data-scenario-id]")).stream()
                .filter(li -> li.getText().contains("Kopie van IT vergelijk B")).map(li -> li.getDomAttribute("data-scenario-id"))
                .findFirst().orElse(null));
        assertThat(set(api.get("/api/scenarios/" + duplicate).get("nspSiteIds"))).isEqualTo(set(api.get("/api/scenarios/" + b).get("nspSiteIds")));
        listButton(a, "publish").click();
        answer("publish", "go");
        waiting(30).until(d -> !d.findElements(By.cssSelector("#scenario-list li[data-scenario-id='" + a + "'] .tag.published")).isEmpty());
        assertThat(api.get("/api/scenarios/" + a).get("published").asBoolean()).isTrue();
        listButton(a, "publish").click();
        answer("publish", "go");
        waiting(30).until(d -> d.findElements(By.cssSelector("#scenario-list li[data-scenario-id='" + a + "'] .tag.published")).isEmpty());
        assertThat(api.get("/api/scenarios/" + a).get("published").asBoolean()).isFalse();
        listButton(duplicate, "delete").click();
        answer("delete", "cancel");
        assertThat(driver.findElements(By.cssSelector("#scenario-list li[data-scenario-id='" + duplicate + "']"))).hasSize(1);
        listButton(duplicate, "delete").click();
        answer("delete", "delete");
        waiting(30).until(d -> d.findElements(By.cssSelector("#scenario-list li[data-scenario-id='" + duplicate + "']")).isEmpty());
        assertThat(api.get("/api/scenarios?region=VR17")).extracting(s -> s.get("id").asString()).doesNotContain(duplicate);

        // export A's GeoJSON, import it back into the working plan and save it: the same plan
        listButton(a, "open").click();
        waiting(30).until(d -> a.equals(bar("data-scenario-id")) && "saved".equals(bar("data-state")));
        awaitPanel(80);
        assertThat(byId("export-print").getDomAttribute("href")).isEqualTo("/api/scenarios/" + a + "/print");
        for (String kind : List.of("csv", "gpkg", "statistics")) {
            assertThat(byId("export-" + kind).getDomAttribute("href")).startsWith("/api/scenarios/" + a + "/export/");
        }
        byId("export-geojson").click();
        Path file = waiting(60).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".geojson")).findFirst().orElse(null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(file.getFileName().toString()).isEqualTo("noodsteunpunten-vr17-it-vergelijk-a.geojson");
        JsonNode exported = ApiCalls.JSON.readTree(Files.readString(file));
        assertThat(exported.get("features")).hasSize(80);
        assertThat(exported.get("scenario").get("id").asString()).isEqualTo(a);
        byId("scenario-import").sendKeys(file.toAbsolutePath().toString());
        waiting(60).until(d -> byId("scenario-message").getText().startsWith("Geïmporteerd uit " + file.getFileName()));
        awaitBar("new");
        awaitPanel(80);
        assertThat(byId("scenario-name").getDomProperty("value")).isEqualTo("IT vergelijk A");
        type("scenario-name", "IT vergelijk A (teruggelezen)", Keys.ENTER);
        awaitBar("saved");
        String back = bar("data-scenario-id");
        assertThat(back).isNotEqualTo(a);
        assertThat(planOf(api.get("/api/scenarios/" + back))).isEqualTo(planOf(api.get("/api/scenarios/" + a)));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('scenario-section').scrollIntoView({block: 'start'})");
        browser.screenshotForDocs("scenario-panel.png");

        // an accepted optimiser proposal: "Opslaan als scenario…" goes to a suggested name, Enter saves it
        driver.navigate().refresh();
        awaitPanel(0);
        new Select(byId("optimise-model")).selectByValue("mclp");
        type("optimise-p", "5");
        type("optimise-time", "5");
        byId("optimise-start").click();
        waiting(90).until(d -> "result".equals(byId("optimise-section").getDomAttribute("data-status")));
        JsonNode proposal = api.get("/api/optimisations/" + byId("optimise-section").getDomAttribute("data-job-id") + "/result");
        byId("optimise-accept").click();
        awaitPanel(5);
        waiting(10).until(d -> byId("optimise-save-hint").isDisplayed());
        byId("optimise-save").click();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("scenario-name");
        assertThat(byId("scenario-name").getDomProperty("value")).startsWith("Voorstel MCLP, 5 NSP's");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        awaitBar("saved");
        assertThat(set(api.get("/api/scenarios/" + bar("data-scenario-id")).get("nspSiteIds"))).isEqualTo(set(proposal.get("selected")));
        assertThat(byId("optimise-save-hint").isDisplayed()).isFalse();
        assertThat(browser.consoleProblems()).as("browser console warnings and errors").isEmpty();
    }

    /** The compare table's raw number for a row and side (a, b, diff). */
    private double cell(String row, String side) {
        return Double.parseDouble(driver.findElement(By.cssSelector("#compare-table tr[data-row='" + row + "'] td[data-side='" + side + "']"))
                .getDomAttribute("data-value"));
    }

    /** Saves a VR17 scenario with these NSPs through the API; returns its id. */
    private static String scenario(ApiCalls api, String name, List<String> nsps, double radiusMetres) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("author", "IT");
        body.put("region", "VR17");
        body.put("demandLayer", "cbs100");
        body.put("norms", Map.of("radiusMetres", radiusMetres));
        body.put("nspSiteIds", nsps);
        return api.post("/api/scenarios", body, 201).get("id").asString();
    }
}
