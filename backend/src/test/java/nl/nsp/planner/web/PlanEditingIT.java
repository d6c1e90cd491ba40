package nl.nsp.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editing the working plan in a real headless Chromium on the real data (VR17, CBS 100 m grid): the quick "NSP" click
 * mode changes the coverage by exactly what the REST API computes; own locations (typed RD and WGS84 coordinates, a
 * PC4 postcode, a click on the map) count in the coverage and can be moved and removed; fixed and excluded sites are
 * respected by the optimiser, whose proposal is accepted keeping the fixed site; the trade-off curve is drawn and a
 * long curve job is cancelled; layer switches per candidate kind, the keyboard, and the layout at 1366×768,
 * 1024×768 and 768×1024 (screenshots in target/screenshots; with -Dnsp.docs.screenshots=true also in docs/screenshots).
 */
class PlanEditingIT extends RealDataServerIT {
    /** Gemeentehuis Barendrecht, a polling station in VR17. */
    private static final String ANCHOR = "stemlokaal-805";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static HeadlessChromium browser;
    private static WebDriver driver;

    private record Site(String id, String label, double lon, double lat) {
    }

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
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private WebElement panel() {
        return driver.findElement(By.id("coverage-panel"));
    }

    private WebElement section() {
        return driver.findElement(By.id("optimise-section"));
    }

    /** Waits until the panel shows a finished computation with this many open NSPs. */
    private void awaitPanel(int openSites) {
        waiting(60).ignoring(StaleElementReferenceException.class).until(d -> "true".equals(panel().getDomAttribute("data-ready"))
                && String.valueOf(openSites).equals(panel().getDomAttribute("data-open-sites")));
    }

    private double figure(String key) {
        return Double.parseDouble(driver.findElement(By.cssSelector("#coverage-figures dd[data-figure='" + key + "']"))
                .getDomAttribute("data-value"));
    }

    private JsonNode send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        return JSON.readTree(response.body());
    }

    /** The API's covered inhabitants of VR17 (cbs100) with these open sites and own sites. */
    private double apiCovered(List<String> open, List<Map<String, Object>> ownSites) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", "VR17");
        body.put("demandLayer", "cbs100");
        body.put("openSiteIds", open);
        body.put("ownSites", ownSites);
        return send("POST", "/api/coverage", body).get("report").get("total").get("coveredInhabitants").asDouble();
    }

    /** The candidate sites of VR17, nearest to the anchor first ({@code label} is the name). */
    private List<Site> sitesNearAnchor() throws IOException, InterruptedException {
        List<Site> sites = new ArrayList<>();
        for (JsonNode f : send("GET", "/api/candidates?region=VR17", null).get("features")) {
            JsonNode p = f.get("properties");
            JsonNode c = f.get("geometry").get("coordinates");
            sites.add(new Site(p.get("id").asString(), p.get("name").asString(), c.get(0).asDouble(), c.get(1).asDouble()));
        }
        Site anchor = sites.stream().filter(s -> s.id().equals(ANCHOR)).findFirst().orElseThrow();
        return sites.stream()
                .sorted(Comparator.comparingDouble(s -> Math.hypot((s.lon() - anchor.lon()) * 0.6, s.lat() - anchor.lat()))).toList();
    }

    private void openPage() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.get("http://localhost:" + port + "/");
        awaitPanel(0);
        waiting(60).until(d -> "true".equals(d.findElement(By.id("status-bar")).getDomAttribute("data-ready")));
    }

    /**
     * Finds a site with the search box (the map zooms to it and opens its popup), then closes the popup with Escape.
     * Returns where the site is: its offset in pixels from the map's centre (the popup's tip points at it).
     */
    private int[] centreOn(Site site) {
        WebElement search = driver.findElement(By.id("site-search-input"));
        search.clear();
        // the search box also takes a site id
        search.sendKeys(site.id(), Keys.ENTER);
        waiting(20).until(d -> d.findElements(By.cssSelector(".leaflet-popup .nsp-toggle")).stream()
                .anyMatch(b -> site.id().equals(b.getDomAttribute("data-site-id"))));
        Rectangle tip = driver.findElement(By.cssSelector(".leaflet-popup-tip-container")).getRect();
        Rectangle box = driver.findElement(By.id("map")).getRect();
        int[] at = {tip.getX() + tip.getWidth() / 2 - (box.getX() + box.getWidth() / 2),
            tip.getY() + tip.getHeight() + 4 - (box.getY() + box.getHeight() / 2)};
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting(10).until(d -> d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
        return at;
    }

    /** A click on the map, this many pixels from its centre. */
    private void clickMap(int dx, int dy) {
        new Actions(driver).moveToElement(driver.findElement(By.id("map")), dx, dy).click().perform();
    }

    /** Clicks the button of the site's popup (found with the search box) with this class and label. */
    private void viaPopup(Site site, String buttonClass, String label) {
        for (WebElement close : driver.findElements(By.cssSelector(".leaflet-popup-close-button"))) {
            close.click();
        }
        WebElement search = driver.findElement(By.id("site-search-input"));
        search.clear();
        search.sendKeys(site.id(), Keys.ENTER);
        waiting(20).until(d -> d.findElements(By.cssSelector(".leaflet-popup ." + buttonClass)).stream()
                .filter(b -> site.id().equals(b.getDomAttribute("data-site-id")) && b.getText().equals(label))
                .findFirst().orElse(null)).click();
    }

    /** The own locations listed in the panel, as the API's ownSites. */
    private List<Map<String, Object>> ownSites() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WebElement li : driver.findElements(By.cssSelector("#own-list > li"))) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", li.getDomAttribute("data-site-id"));
            o.put("name", li.findElement(By.cssSelector("input:not([type])")).getDomProperty("value"));
            o.put("x", Double.parseDouble(li.getDomAttribute("data-x")));
            o.put("y", Double.parseDouble(li.getDomAttribute("data-y")));
            out.add(o);
        }
        return out;
    }

    private List<String> ownIds() {
        return ownSites().stream().map(o -> (String) o.get("id")).toList();
    }

    /** Searches a place in "Eigen locaties" and chooses the first result of this kind. */
    private void addOwnPlace(String name, String query, String kind) {
        WebElement nameInput = driver.findElement(By.id("own-name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        WebElement q = driver.findElement(By.id("own-query"));
        q.clear();
        q.sendKeys(query, Keys.ENTER);
        waiting(20).until(d -> d.findElements(By.cssSelector("#own-results button.place")).stream()
                .filter(b -> kind.equals(b.getDomAttribute("data-kind"))).findFirst().orElse(null)).click();
    }


    @Test
    void clickModeAndOwnLocationsChangeTheCoverageByWhatTheApiComputes() throws Exception {
        List<Site> near = sitesNearAnchor();
        Site a = near.get(0);
        Site b = near.get(1);
        openPage();

        // the quick route: "NSP" mode, a click on the site switches it
        driver.findElement(By.id("mode-nsp")).click();
        assertThat(driver.findElement(By.id("map")).getDomAttribute("data-mode")).isEqualTo("nsp");
        int[] atA = centreOn(a);
        clickMap(atA[0], atA[1]);
        awaitPanel(1);
        double coveredA = apiCovered(List.of(a.id()), List.of());
        assertThat(coveredA).isPositive();
        assertThat(figure("covered")).isEqualTo(coveredA);
        System.out.println("NSP mode, one click: covered " + figure("covered") + ", round trip " + figure("roundTripMs") + " ms");
        // the reach of the site just opened: its cells, all of them covered by it alone
        waiting(20).until(d -> a.id().equals(panel().getDomAttribute("data-reach-site")));
        assertThat(Double.parseDouble(driver.findElement(By.id("reach-info")).getDomAttribute("data-inhabitants"))).isEqualTo(coveredA);

        int[] atB = centreOn(b);
        clickMap(atB[0], atB[1]);
        awaitPanel(2);
        double coveredAb = apiCovered(List.of(a.id(), b.id()), List.of());
        assertThat(figure("covered")).isEqualTo(coveredAb);
        System.out.println("second NSP: covered +" + (coveredAb - coveredA) + " (API: the same), round trip " + figure("roundTripMs") + " ms");
        // a second click on the same place removes it again
        clickMap(atB[0], atB[1]);
        awaitPanel(1);
        assertThat(figure("covered")).isEqualTo(coveredA);
        driver.findElement(By.id("map")).sendKeys(Keys.ESCAPE);
        waiting(5).until(d -> "view".equals(d.findElement(By.id("map")).getDomAttribute("data-mode")));

        // own locations: RD coordinates, WGS84 coordinates, a PC4 postcode
        addOwnPlace("Buurthuis De Kern", "92500 437500", "coordinates");
        awaitPanel(2);
        assertThat(ownIds()).hasSize(1).allMatch(id -> id.startsWith("eigen-"));
        assertThat(ownSites().get(0)).containsEntry("x", 92500.0).containsEntry("y", 437500.0);
        List<String> open = new ArrayList<>(List.of(a.id()));
        open.addAll(ownIds());
        assertThat(figure("covered")).isEqualTo(apiCovered(open, ownSites()));
        System.out.println("own location (RD): covered " + figure("covered") + ", round trip " + figure("roundTripMs") + " ms");
        addOwnPlace("Sporthal Zuid", "51.8617, 4.5088", "coordinates");
        awaitPanel(3);
        addOwnPlace("Wijkcentrum 3011", "3011", "postcode");
        awaitPanel(4);
        open = new ArrayList<>(List.of(a.id()));
        open.addAll(ownIds());
        double withThree = apiCovered(open, ownSites());
        assertThat(figure("covered")).isEqualTo(withThree);
        assertThat(ownSites()).extracting(o -> o.get("name")).containsExactly("Buurthuis De Kern", "Sporthal Zuid", "Wijkcentrum 3011");

        // a click on the map ("Klik op de kaart") adds one where it was clicked
        driver.findElement(By.id("own-click")).click();
        assertThat(driver.findElement(By.id("map")).getDomAttribute("data-mode")).isEqualTo("own");
        clickMap(-120, 60);
        awaitPanel(5);
        driver.findElement(By.id("map")).sendKeys(Keys.ESCAPE);
        open = new ArrayList<>(List.of(a.id()));
        open.addAll(ownIds());
        assertThat(figure("covered")).isEqualTo(apiCovered(open, ownSites()));
        browser.screenshotForDocs("own-sites-vr17.png");

        // move the first own location by typing new coordinates (the keyboard route), then delete it
        String first = ownIds().get(0);
        driver.findElement(By.cssSelector("#own-list li[data-site-id='" + first + "'] button.move")).click();
        assertThat(driver.findElement(By.id("map")).getDomAttribute("data-mode")).isEqualTo("move");
        WebElement q = driver.findElement(By.id("own-query"));
        q.clear();
        q.sendKeys("93000 438000", Keys.ENTER);
        waiting(20).until(d -> !d.findElements(By.cssSelector("#own-results button.place[data-kind='coordinates']")).isEmpty());
        driver.findElement(By.cssSelector("#own-results button.place[data-kind='coordinates']")).click();
        waiting(30).until(d -> "93000".equals(d.findElement(By.cssSelector("#own-list li[data-site-id='" + first + "']")).getDomAttribute("data-x")));
        awaitPanel(5);
        waiting(30).until(d -> {
            try {
                List<String> o = new ArrayList<>(List.of(a.id()));
                o.addAll(ownIds());
                return figure("covered") == apiCovered(o, ownSites());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(ownIds()).hasSize(4);
        driver.findElement(By.cssSelector("#own-list li[data-site-id='" + first + "'] button.remove")).click();
        awaitPanel(4);
        assertThat(ownIds()).hasSize(3).doesNotContain(first);
        open = new ArrayList<>(List.of(a.id()));
        open.addAll(ownIds());
        assertThat(figure("covered")).isEqualTo(apiCovered(open, ownSites()));
        assertThat(browser.consoleProblems()).as("browser console warnings and errors").isEmpty();
    }

    @Test
    void fixedAndExcludedSitesAreRespectedByTheOptimiserAndTheCurveIsDrawn() throws Exception {
        Site a = sitesNearAnchor().get(0);
        // the best single site of VR17 (MCLP p = 1 over the API): the one to exclude
        String best = send("GET", "/api/optimisations/" + awaitJob(Map.of("region", "VR17", "demandLayer", "cbs100",
                "model", "mclp", "p", 1, "timeLimitSeconds", 10)) + "/result", null).get("selected").get(0).asString();
        Site c = sitesNearAnchor().stream().filter(s -> s.id().equals(best)).findFirst().orElseThrow();
        assertThat(c.id()).isNotEqualTo(a.id());
        openPage();

        viaPopup(a, "fixed-toggle", "Zet vast");
        awaitPanel(1);
        viaPopup(c, "excluded-toggle", "Sluit uit");
        waiting(10).until(d -> d.findElement(By.id("excluded-list")).getText().contains(c.label()));
        driver.findElement(By.cssSelector(".leaflet-popup-close-button")).click();
        assertThat(panel().getDomAttribute("data-fixed-drawn")).isEqualTo("1");
        assertThat(driver.findElement(By.id("optimise-constraints")).getText()).contains("1 vast").contains("1 uitgesloten");
        assertThat(driver.findElement(By.cssSelector("#nsp-list li[data-site-id='" + a.id() + "'] button.fix")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");

        new Select(driver.findElement(By.id("optimise-model"))).selectByValue("mclp");
        WebElement p = driver.findElement(By.id("optimise-p"));
        p.clear();
        p.sendKeys("3");
        WebElement time = driver.findElement(By.id("optimise-time"));
        time.clear();
        time.sendKeys("5");
        driver.findElement(By.id("optimise-start")).click();
        waiting(90).until(d -> "result".equals(section().getDomAttribute("data-status")));
        JsonNode result = send("GET", "/api/optimisations/" + section().getDomAttribute("data-job-id") + "/result", null);
        List<String> selected = new ArrayList<>();
        result.get("selected").forEach(n -> selected.add(n.asString()));
        assertThat(selected).hasSize(3).contains(a.id()).doesNotContain(c.id());
        System.out.println("MCLP p=3 with " + a.id() + " fixed and " + c.id() + " excluded: " + selected + ", "
                + driver.findElement(By.id("optimise-result")).getText());

        // accept: exactly the proposal; the fixed site stays fixed
        driver.findElement(By.id("optimise-accept")).click();
        awaitPanel(3);
        assertThat(figure("covered")).isEqualTo(apiCovered(selected, List.of()));
        assertThat(panel().getDomAttribute("data-fixed-drawn")).isEqualTo("1");
        assertThat(section().getDomAttribute("data-status")).isEqualTo("accepted");

        // the trade-off curve up to p = 15; its first point is the fixed site alone
        WebElement maxP = driver.findElement(By.id("optimise-max-p"));
        maxP.clear();
        maxP.sendKeys("15");
        driver.findElement(By.id("optimise-curve")).click();
        waiting(90).until(d -> "result".equals(section().getDomAttribute("data-status")) && "curve".equals(section().getDomAttribute("data-kind")));
        JsonNode curve = send("GET", "/api/optimisations/" + section().getDomAttribute("data-job-id") + "/result", null).get("curve");
        assertThat(section().getDomAttribute("data-curve-points")).isEqualTo(String.valueOf(curve.size()));
        assertThat(curve.size()).isEqualTo(15);
        assertThat(curve.get(0).get("coveredWeight").asDouble()).isEqualTo(apiCovered(List.of(a.id()), List.of()));
        assertThat(driver.findElement(By.id("curve-chart")).isDisplayed()).isTrue();
        System.out.println("curve p=1..15: " + driver.findElement(By.id("curve-note")).getText());
        ((JavascriptExecutor) driver).executeScript("document.getElementById('curve-box').scrollIntoView({block: 'end'})");
        browser.screenshotForDocs("tradeoff-curve-vr17.png");

        // a long curve job, cancelled from the page
        maxP.clear();
        maxP.sendKeys("600");
        time.clear();
        time.sendKeys("120");
        driver.findElement(By.id("optimise-curve")).click();
        waiting(30).until(d -> "running".equals(section().getDomAttribute("data-status")));
        driver.findElement(By.id("optimise-cancel")).click();
        waiting(60).until(d -> "cancelled".equals(section().getDomAttribute("data-status")));
        assertThat(send("GET", "/api/optimisations/" + section().getDomAttribute("data-job-id"), null).get("status").asString())
                .isEqualTo("cancelled");

        // allowing the excluded site again empties the list
        driver.findElement(By.cssSelector("#excluded-list button.allow")).click();
        waiting(10).until(d -> d.findElement(By.id("excluded-title")).getDomAttribute("hidden") != null);
        assertThat(browser.consoleProblems()).as("browser console warnings and errors").isEmpty();
    }

    /** Starts an optimisation over the API and waits for it to end; returns its id. */
    private String awaitJob(Map<String, Object> request) throws Exception {
        String id = send("POST", "/api/optimisations", request).get("jobId").asString();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if ("done".equals(send("GET", "/api/optimisations/" + id, null).get("status").asString())) {
                return id;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("optimisation " + id + " did not finish");
    }

    @Test
    void layersPerKindKeyboardFirstPaintAndTabletLayouts() throws Exception {
        openPage();
        WebElement map = driver.findElement(By.id("map"));
        assertThat(Integer.parseInt(map.getDomAttribute("data-candidate-markers"))).isPositive();
        // the layer control opens on hover; one switch per kind of candidate present
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".leaflet-control-layers-toggle"))).perform();
        WebElement kind = waiting(10).until(d -> d.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
                .filter(l -> l.getText().trim().equals("Kandidaten: stemlokalen")).findFirst().orElse(null));
        List<String> names = driver.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
                .map(l -> l.getText().trim()).toList();
        assertThat(names).contains("Bevolking", "Gedekt / niet gedekt", "Gemeentegrenzen", "Regiogrens", "Kandidaten: stemlokalen",
                "Eigen locaties", "Bereik geselecteerde locatie (cellen)", "Loopafstand geselecteerde locatie", "NSP–CP-verbindingen",
                "NSP's", "CP's", "Voorstel optimalisatie");
        assertThat(names.indexOf("Kandidaten: stemlokalen")).isEqualTo(names.indexOf("Regiogrens") + 1);
        kind.findElement(By.tagName("input")).click();
        waiting(5).until(d -> "0".equals(map.getDomAttribute("data-candidate-markers")));
        kind.findElement(By.tagName("input")).click();
        waiting(5).until(d -> Integer.parseInt(map.getDomAttribute("data-candidate-markers")) > 0);
        new Actions(driver).moveToElement(driver.findElement(By.id("coverage-title"))).perform();

        // the toolbar with the keyboard: Enter on "CP" switches the mode, Escape back to "Bekijken"
        WebElement cpMode = driver.findElement(By.id("mode-cp"));
        cpMode.sendKeys(Keys.ENTER);
        waiting(5).until(d -> "cp".equals(map.getDomAttribute("data-mode")));
        assertThat(cpMode.getDomAttribute("aria-pressed")).isEqualTo("true");
        cpMode.sendKeys(Keys.ESCAPE);
        waiting(5).until(d -> "view".equals(map.getDomAttribute("data-mode")));

        // first paint of VR17 with the whole 100 m grid: VR17 -> VR18 -> VR17, three times
        List<String> paints = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (String region : List.of("VR18", "VR17")) {
                new Select(driver.findElement(By.id("region-select"))).selectByValue(region);
                waiting(60).until(d -> "true".equals(d.findElement(By.id("status-bar")).getDomAttribute("data-ready"))
                        && d.findElement(By.id("status-bar")).getText().startsWith(region));
            }
            WebElement bar = driver.findElement(By.id("status-bar"));
            assertThat(Integer.parseInt(bar.getDomAttribute("data-cells-drawn"))).isGreaterThan(10_000);
            paints.add(bar.getDomAttribute("data-paint-ms") + " ms (server " + bar.getDomAttribute("data-fetch-ms") + " ms)");
        }
        System.out.println("first paint of VR17 (16,372 cells of 100 m, 659 candidates): " + paints);
        awaitPanel(0);

        // the layouts, with every polling station as NSP: the panel never covers the map or its controls
        driver.findElement(By.id("all-nsp")).click();
        awaitPanel(659);
        for (int[] size : new int[][] {{1366, 768}, {1024, 768}, {768, 1024}}) {
            driver.manage().window().setSize(new Dimension(size[0], size[1]));
            Thread.sleep(500);
            assertLayout(size);
            browser.screenshotForDocs("layout-" + size[0] + "x" + size[1] + ".png");
            // folded away, the map takes the room
            driver.findElement(By.id("panel-toggle")).click();
            waiting(5).until(d -> !d.findElement(By.id("coverage-panel")).isDisplayed());
            waiting(5).until(d -> d.findElement(By.id("map")).getRect().getWidth() >= d.findElement(By.tagName("body")).getRect().getWidth() - 1);
            assertThat(driver.findElement(By.id("panel-toggle")).getDomAttribute("aria-expanded")).isEqualTo("false");
            driver.findElement(By.id("panel-toggle")).click();
            waiting(5).until(d -> d.findElement(By.id("coverage-panel")).isDisplayed());
        }
        assertThat(browser.consoleProblems()).as("browser console warnings and errors").isEmpty();
    }

    /** The panel and the map do not overlap, and every map control lies inside the map. */
    private void assertLayout(int[] size) {
        Rectangle map = driver.findElement(By.id("map")).getRect();
        Rectangle panel = driver.findElement(By.id("coverage-panel")).getRect();
        // (1 px for rounding: the boxes are placed at percentages)
        boolean apart = panel.getX() >= map.getX() + map.getWidth() - 1 || panel.getY() >= map.getY() + map.getHeight() - 1;
        assertThat(apart).as("panel %s beside or below the map %s at %dx%d", panel, map, size[0], size[1]).isTrue();
        for (WebElement control : driver.findElements(By.cssSelector(".leaflet-control-zoom, .edit-toolbar, .leaflet-control-layers, .legend"))) {
            Rectangle r = control.getRect();
            assertThat(r.getX() >= map.getX() && r.getY() >= map.getY() && r.getX() + r.getWidth() <= map.getX() + map.getWidth()
                    && r.getY() + r.getHeight() <= map.getY() + map.getHeight())
                    .as("%s %s inside the map %s at %dx%d", control.getDomAttribute("class"), r, map, size[0], size[1]).isTrue();
        }
        // the toolbar and the legend (both on the left) do not overlap each other
        Rectangle toolbar = driver.findElement(By.cssSelector(".edit-toolbar")).getRect();
        Rectangle legend = driver.findElement(By.cssSelector(".legend")).getRect();
        assertThat(toolbar.getY() + toolbar.getHeight() <= legend.getY())
                .as("toolbar (bottom %d) above the legend (top %d) at %dx%d", toolbar.getY() + toolbar.getHeight(), legend.getY(), size[0], size[1])
                .isTrue();
    }
}
