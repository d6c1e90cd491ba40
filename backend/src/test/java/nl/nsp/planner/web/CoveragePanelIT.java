package nl.nsp.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coverage panel in a real headless Chromium on the real data (VR17, 100 m grid): a polling station made an NSP
 * through the map's popup gives exactly the coverage the REST API computes for that one open site; changing the
 * radius recomputes it; removing it from the NSP list brings coverage back to 0; "Alle stemlokalen als NSP" agrees
 * with the API for all polling stations of the region.
 */
class CoveragePanelIT extends RealDataServerIT {
    /** Gemeentehuis Barendrecht, a polling station in VR17. */
    private static final String SITE = "stemlokaal-805";
    private static final String SITE_LABEL = "Gemeentehuis — Binnenhof 1, 2991AA Barendrecht";
    private static final JsonMapper JSON = JsonMapper.builder().build();
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

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Waits until the panel shows a finished computation with this many open NSPs and returns it. */
    private WebElement awaitPanel(int openSites) {
        waiting().until(d -> {
            WebElement panel = d.findElement(By.id("coverage-panel"));
            return "true".equals(panel.getDomAttribute("data-ready"))
                    && String.valueOf(openSites).equals(panel.getDomAttribute("data-open-sites"));
        });
        return driver.findElement(By.id("coverage-panel"));
    }

    private double figure(String key) {
        return Double.parseDouble(driver.findElement(By.cssSelector("#coverage-figures dd[data-figure='" + key + "']"))
                .getDomAttribute("data-value"));
    }

    /** The API's report for VR17, layer cbs100 and these open sites (the expected numbers). */
    private JsonNode apiReport(List<String> openSiteIds, Map<String, Object> norms) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("region", "VR17", "demandLayer", "cbs100", "openSiteIds", openSiteIds,
                "norms", norms));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/coverage"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("report");
    }

    private List<String> pollingStationsOfVr17() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/candidates?region=VR17")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        for (JsonNode f : JSON.readTree(response.body()).get("features")) {
            if ("POLLING_STATION".equals(f.get("properties").get("kind").asString())) {
                ids.add(f.get("properties").get("id").asString());
            }
        }
        return ids;
    }

    private void clickPopupButton(String expectedLabel) throws IOException {
        try {
            WebElement button = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d
                    .findElements(By.cssSelector(".leaflet-popup .nsp-toggle")).stream()
                    .filter(b -> SITE.equals(b.getDomAttribute("data-site-id")) && b.getText().equals(expectedLabel))
                    .findFirst().orElse(null));
            button.click();
        } catch (TimeoutException e) {
            browser.screenshot("coverage-failure.png");
            throw e;
        }
    }

    @Test
    void makingAPollingStationAnNspUpdatesThePanelToTheApisFigures() throws Exception {
        driver.get("http://localhost:" + port + "/");
        awaitPanel(0);
        assertThat(figure("covered")).isZero();
        assertThat(driver.findElements(By.cssSelector("canvas.coverage-canvas"))).hasSize(1);

        JsonNode expected = apiReport(List.of(SITE), Map.of());
        double expectedCovered = expected.get("total").get("coveredInhabitants").asDouble();
        assertThat(expectedCovered).isPositive();

        // the keyboard route: search the site, Enter opens its popup on the map, then "Maak NSP"
        WebElement search = driver.findElement(By.id("site-search-input"));
        search.sendKeys(SITE_LABEL, Keys.ENTER);
        clickPopupButton("Maak NSP");
        awaitPanel(1);
        assertThat(figure("covered")).isEqualTo(expectedCovered);
        assertThat(figure("covered65")).isEqualTo(expected.get("total").get("covered65").asDouble());
        assertThat(figure("median")).isEqualTo(expected.get("total").get("distance").get("medianMetres").asDouble());
        assertThat(driver.findElement(By.id("nsp-list")).getText()).contains("Gemeentehuis");
        System.out.println("one NSP: covered " + figure("covered") + ", round trip " + figure("roundTripMs") + " ms");
        // the popup now offers the opposite action
        waiting().until(d -> d.findElements(By.cssSelector(".leaflet-popup .nsp-toggle")).stream()
                .anyMatch(b -> b.getText().equals("Verwijder NSP")));
        browser.screenshot("coverage-vr17-one.png");

        // a smaller radius re-creates the session with the same NSP open
        WebElement radius = driver.findElement(By.id("radius-input"));
        radius.clear();
        radius.sendKeys("500", Keys.ENTER);
        double expected500 = apiReport(List.of(SITE), Map.of("radiusMetres", 500, "radius65Metres", 500))
                .get("total").get("coveredInhabitants").asDouble();
        waiting().until(d -> figure("covered") == expected500);
        assertThat(expected500).isPositive().isLessThan(expectedCovered);
        radius.clear();
        radius.sendKeys("1000", Keys.ENTER);
        waiting().until(d -> figure("covered") == expectedCovered);

        // the mouse route: close the popup and click the NSP marker where the popup's tip pointed; it offers removal
        Rectangle tip = driver.findElement(By.cssSelector(".leaflet-popup-tip-container")).getRect();
        WebElement map = driver.findElement(By.id("map"));
        Rectangle box = map.getRect();
        int dx = tip.getX() + tip.getWidth() / 2 - (box.getX() + box.getWidth() / 2);
        int dy = tip.getY() + tip.getHeight() + 4 - (box.getY() + box.getHeight() / 2);
        driver.findElement(By.cssSelector(".leaflet-popup-close-button")).click();
        waiting().until(d -> d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
        new Actions(driver).moveToElement(map, dx, dy).click().perform();
        // off again through the popup: nobody covered
        clickPopupButton("Verwijder NSP");
        awaitPanel(0);
        assertThat(figure("covered")).isZero();

        // all polling stations of the region at once
        List<String> all = pollingStationsOfVr17();
        driver.findElement(By.id("all-nsp")).click();
        awaitPanel(all.size());
        JsonNode allReport = apiReport(all, Map.of());
        assertThat(figure("covered")).isEqualTo(allReport.get("total").get("coveredInhabitants").asDouble());
        assertThat(figure("overRule")).isEqualTo((double) countOverRule(allReport));
        System.out.println("all " + all.size() + " polling stations: covered " + figure("covered") + " of "
                + allReport.get("total").get("inhabitants").asDouble() + ", round trip " + figure("roundTripMs") + " ms");
        driver.findElement(By.cssSelector(".leaflet-popup-close-button")).click();

        // narrowing to a municipality shows its row of the same report; back to the whole region for the picture
        new Select(driver.findElement(By.id("municipality-select"))).selectByVisibleText("Barendrecht");
        waiting().until(d -> d.findElement(By.id("coverage-area")).getText().equals("Barendrecht"));
        JsonNode barendrecht = null;
        for (JsonNode m : allReport.get("municipalities")) {
            if ("GM0489".equals(m.get("code").asString())) {
                barendrecht = m;
            }
        }
        assertThat(barendrecht).isNotNull();
        assertThat(figure("covered")).isEqualTo(barendrecht.get("coveredInhabitants").asDouble());
        new Select(driver.findElement(By.id("municipality-select"))).selectByVisibleText("Alle gemeenten");
        waiting().until(d -> d.findElement(By.id("coverage-area")).getText().equals("VR17 Rotterdam-Rijnmond")
                && "true".equals(d.findElement(By.id("status-bar")).getDomAttribute("data-ready")));
        WebElement panel = driver.findElement(By.id("coverage-panel"));
        System.out.println("covered/uncovered canvas at region zoom: " + panel.getDomAttribute("data-cells-drawn")
                + " cells in " + panel.getDomAttribute("data-draw-ms") + " ms");
        assertThat(Integer.parseInt(panel.getDomAttribute("data-cells-drawn"))).isGreaterThan(10_000);
        browser.screenshot("coverage-vr17.png");
        // the 65-plussers box colours coverage by the 65+ radius; the legend says so
        driver.findElement(By.id("show-65plus")).click();
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("Dekking (65+, ≤ 500 m)");
        driver.findElement(By.id("show-65plus")).click();
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("Dekking (≤ 1.000 m)");

        // one toggle with everything open: removing a station from the NSP list (keyboard-focusable button)
        WebElement remove = driver.findElement(By.cssSelector("#nsp-list li button.remove"));
        remove.sendKeys(Keys.ENTER);
        awaitPanel(all.size() - 1);
        System.out.println("toggle with " + all.size() + " open: round trip " + figure("roundTripMs") + " ms");

        driver.findElement(By.id("clear-nsp")).click();
        awaitPanel(0);
        assertThat(figure("covered")).isZero();

        // the whole country has no coverage computation: the panel asks for a region
        new Select(driver.findElement(By.id("region-select"))).selectByValue("");
        waiting().until(d -> d.findElement(By.id("coverage-area")).getText().startsWith("Kies een veiligheidsregio"));
        assertThat(driver.findElement(By.id("coverage-panel")).getDomAttribute("data-ready")).isEqualTo("false");
        assertThat(browser.consoleProblems()).as("browser console warnings and errors").isEmpty();
    }

    private static long countOverRule(JsonNode report) {
        long n = 0;
        for (JsonNode load : report.get("nspLoads")) {
            if (load.get("overRule").asBoolean()) {
                n++;
            }
        }
        return n;
    }
}
