package nl.nsp.planner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.scenario.PostalAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The public lookup page in a real headless Chromium on the real data: a scenario with every polling station of
 * Rotterdam (GM0599) as NSP is saved and published through the API; a resident types the Rotterdam postcode 3011 AB
 * and sees the three NSPs nearest to the inhabitant-weighted centre of PC4 3011, which the test works out itself from
 * the pc4 demand points and the candidates (brute force over all NSPs).
 */
class PublicLookupPageIT extends RealDataServerIT {
    private static HeadlessChromium browser;
    private static WebDriver driver;
    private static boolean published;
    private static final List<Expected> EXPECTED = new ArrayList<>();

    private record Expected(String name, String address, double metres) {
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

    /** Publishes the Rotterdam scenario once and works out the expected answer for PC4 3011. */
    @BeforeEach
    void publishRotterdam() throws Exception {
        if (published) {
            return;
        }
        ApiCalls api = new ApiCalls(port);
        List<String> ids = new ArrayList<>();
        List<JsonNode> sites = new ArrayList<>();
        for (JsonNode f : api.get("/api/candidates?municipality=GM0599").get("features")) {
            ids.add(f.get("properties").get("id").asString());
            sites.add(f.get("properties"));
        }
        assertThat(ids).hasSizeGreaterThan(100);
        JsonNode created = api.post("/api/scenarios", Map.of("name", "Rotterdam stemlokalen", "author", "IT",
                "region", "VR17", "nspSiteIds", ids, "cpSiteIds", ids.subList(0, 5)), 201);
        api.put("/api/scenarios/" + created.get("id").asString() + "/published",
                Map.of("published", true, "version", created.get("version").asLong()));
        // PC4 3011: inhabitant-weighted centre of its pc4 points, computed here in RD from the points' WGS84 positions
        double w = 0, wx = 0, wy = 0;
        for (JsonNode f : api.get("/api/demand?layer=pc4&municipality=GM0599&format=geojson").get("features")) {
            if (!f.get("properties").get("sourceUnit").asString().equals("PC4:3011")) {
                continue;
            }
            JsonNode c = f.get("geometry").get("coordinates");
            RdPoint p = RdProjection.toRd(new LatLon(c.get(1).asDouble(), c.get(0).asDouble()));
            double inh = f.get("properties").get("inhabitants").asDouble();
            w += inh;
            wx += inh * p.x();
            wy += inh * p.y();
        }
        assertThat(w).as("inhabitants of PC4 3011").isGreaterThan(1000);
        double cx = wx / w, cy = wy / w;
        sites.stream().map(s -> new Expected(s.get("name").asString(), PostalAddress.tidy(s.get("address").asString("")),
                        Math.hypot(s.get("rdX").asDouble() - cx, s.get("rdY").asDouble() - cy)))
                .sorted(Comparator.comparingDouble(Expected::metres)).limit(3).forEach(EXPECTED::add);
        published = true;
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        browser.consoleProblems();
    }

    private WebElement result() {
        return driver.findElement(By.id("result"));
    }

    private void search(String postcode) {
        WebElement input = driver.findElement(By.id("postcode"));
        input.clear();
        input.sendKeys(postcode);
        driver.findElement(By.id("search-button")).click();
    }

    /** Waits for the result's state; an error while waiting for another state fails with the page's message. */
    private void awaitState(String state) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String now = result().getDomAttribute("data-state");
            if ("error".equals(now) && !state.equals("error")) {
                throw new AssertionError("the page reported: " + driver.findElement(By.id("message")).getText());
            }
            return state.equals(now);
        });
    }

    @Test
    void aRotterdamPostcodeShowsTheThreeNearestPublishedNsps() throws Exception {
        driver.get("http://localhost:" + port + "/public/zoek.html");
        search("3011 AB");
        awaitState("done");
        assertThat(driver.findElement(By.id("result-title")).getText())
                .isEqualTo("De 3 dichtstbijzijnde noodsteunpunten bij postcode 3011 AB (Rotterdam)");
        assertThat(driver.findElement(By.id("result-note")).getText()).contains("alleen de vier cijfers")
                .contains("postcode 3011");
        List<WebElement> items = driver.findElements(By.cssSelector("#nsp-list li"));
        assertThat(items).hasSize(3);
        for (int i = 0; i < 3; i++) {
            WebElement li = items.get(i);
            Expected e = EXPECTED.get(i);
            assertThat(li.findElement(By.className("name")).getText()).as("NSP %d", i + 1).isEqualTo(e.name());
            assertThat(li.findElement(By.className("address")).getText()).isEqualTo(e.address());
            String distance = li.findElement(By.className("distance")).getText();
            // the page rounds to 10 m; the test's centre comes from positions rounded to 1e-5 degrees (about 1 m)
            assertThat(Double.parseDouble(distance.replace(" m", ""))).isCloseTo(e.metres(), within(6.0));
        }
        // one marker per NSP plus the postcode, whether or not the base map loads
        assertThat(driver.findElements(By.cssSelector("#map .marker.nsp"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#map .marker.home"))).hasSize(1);
        assertThat(driver.getCurrentUrl()).endsWith("/public/zoek.html?postcode=3011AB");
        // the whole page for the documentation, then back to 1366x768
        Object height = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, ((Number) height).intValue() + 120));
        browser.screenshot("public-lookup.png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void unknownPostcodesAndRegionsWithoutAPublishedPlanGetAClearMessage() {
        driver.get("http://localhost:" + port + "/public/zoek.html");
        // 1000 is a postcode of post-office boxes only: no inhabitants, not in the PC4 data
        search("1000");
        awaitState("error");
        assertThat(driver.findElement(By.id("message")).getText()).startsWith("Postcode 1000 komt niet voor");
        assertThat(result().isDisplayed()).isFalse();
        // 1012 is Amsterdam (VR13): no published scenario there
        search("1012");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("message")).getText()
                .contains("Amsterdam"));
        assertThat(driver.findElement(By.id("message")).getText()).contains("nog niet bekendgemaakt");
        // a letter O for a zero: refused by the page before it asks the server
        search("3O11");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("message")).getText()
                .startsWith("Vul een postcode in"));
        // the browser logs the two 404 answers; nothing else went wrong
        assertThat(browser.consoleProblems()).extracting(e -> e.getMessage().replaceAll("^http://localhost:\\d+", ""))
                .containsExactly("/api/public/nearest?postcode=1000 - Failed to load resource: the server responded with a status of 404 ()",
                        "/api/public/nearest?postcode=1012 - Failed to load resource: the server responded with a status of 404 ()");
    }

    @Test
    void aPostcodeInTheAddressOpensTheAnswer() {
        driver.get("http://localhost:" + port + "/public/zoek.html?postcode=3011");
        awaitState("done");
        assertThat(driver.findElement(By.id("result-title")).getText()).contains("bij postcode 3011 (Rotterdam)");
        assertThat(driver.findElement(By.id("result-note")).getText()).doesNotContain("alleen de vier cijfers");
        assertThat(driver.findElements(By.cssSelector("#nsp-list li .name"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(EXPECTED.stream().map(Expected::name).toList());
    }
}
