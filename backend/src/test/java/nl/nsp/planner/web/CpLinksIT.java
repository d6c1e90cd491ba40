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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coördinatiepunten and NSP–CP links in a real headless Chromium on the real data (VR17, 100 m grid): two polling
 * stations made NSPs and a third made CP through the map's popups; the panel's linked count and the lines on the map
 * equal the links the REST API gives for the same session; a CP capacity of 1 leaves one NSP unlinked; removing the
 * CP leaves every NSP unlinked (unreachable).
 */
class CpLinksIT extends RealDataServerIT {
    /** Gemeentehuis Barendrecht, a polling station in VR17; the NSPs and the CP are it and its two nearest stations. */
    private static final String ANCHOR = "stemlokaal-805";
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

    private record Site(String id, String label, double lon, double lat) {
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The anchor and the polling stations of VR17 nearest to it whose search label is unique. */
    private List<Site> anchorAndNearest(int count) throws IOException, InterruptedException {
        List<Site> sites = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        for (JsonNode f : get("/api/candidates?region=VR17").get("features")) {
            JsonNode p = f.get("properties");
            String address = p.get("address").isNull() ? "" : p.get("address").asString();
            String label = p.get("name").asString() + " — " + (address.isEmpty() ? p.get("id").asString() : address);
            labels.merge(label, 1, Integer::sum);
            if ("POLLING_STATION".equals(p.get("kind").asString())) {
                JsonNode c = f.get("geometry").get("coordinates");
                sites.add(new Site(p.get("id").asString(), label, c.get(0).asDouble(), c.get(1).asDouble()));
            }
        }
        Site anchor = sites.stream().filter(s -> s.id().equals(ANCHOR)).findFirst().orElseThrow();
        return sites.stream().filter(s -> labels.get(s.label()) == 1)
                .sorted(Comparator.comparingDouble(s -> Math.hypot((s.lon() - anchor.lon()) * 0.6, s.lat() - anchor.lat())))
                .limit(count).toList();
    }

    private WebElement panel() {
        return driver.findElement(By.id("coverage-panel"));
    }

    /** Waits for a finished computation with this many open NSPs and CPs. */
    private void awaitPanel(int openSites, int cps) {
        waiting().until(d -> {
            WebElement panel = panel();
            return "true".equals(panel.getDomAttribute("data-ready"))
                    && String.valueOf(openSites).equals(panel.getDomAttribute("data-open-sites"))
                    && String.valueOf(cps).equals(panel.getDomAttribute("data-cps"));
        });
    }

    private double cpFigure(String key) {
        return Double.parseDouble(driver.findElement(By.cssSelector("#cp-figures dd[data-figure='" + key + "']"))
                .getDomAttribute("data-value"));
    }

    /** Searches a site (Enter opens its popup) and clicks the popup button of this class with this label. */
    private void viaPopup(Site site, String buttonClass, String label) throws IOException {
        // close an open popup first, so the button found is the new popup's
        for (WebElement close : driver.findElements(By.cssSelector(".leaflet-popup-close-button"))) {
            close.click();
        }
        waiting().until(d -> d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
        WebElement search = driver.findElement(By.id("site-search-input"));
        search.clear();
        search.sendKeys(site.label(), Keys.ENTER);
        try {
            WebElement button = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d
                    .findElements(By.cssSelector(".leaflet-popup ." + buttonClass)).stream()
                    .filter(b -> site.id().equals(b.getDomAttribute("data-site-id")) && b.getText().equals(label))
                    .findFirst().orElse(null));
            button.click();
        } catch (TimeoutException e) {
            browser.screenshot("cp-links-failure.png");
            throw e;
        }
    }

    private String roundTrip() {
        return driver.findElement(By.cssSelector("#coverage-figures dd[data-figure='roundTripMs']")).getDomAttribute("data-value");
    }

    /** The links of the page's own session, read over HTTP. */
    private JsonNode sessionLinks() throws IOException, InterruptedException {
        String id = panel().getDomAttribute("data-session-id");
        assertThat(id).isNotBlank();
        return get("/api/coverage/sessions/" + id).get("links");
    }

    @Test
    void twoNspsAndOneCpGiveTheApisLinksOnTheMapAndInThePanel() throws Exception {
        List<Site> sites = anchorAndNearest(3);
        Site nspA = sites.get(0);
        Site nspB = sites.get(1);
        Site cp = sites.get(2);
        driver.get("http://localhost:" + port + "/");
        awaitPanel(0, 0);
        assertThat(cpFigure("linked")).isZero();

        viaPopup(nspA, "nsp-toggle", "Maak NSP");
        awaitPanel(1, 0);
        viaPopup(nspB, "nsp-toggle", "Maak NSP");
        awaitPanel(2, 0);
        assertThat(cpFigure("linked")).isZero();
        assertThat(cpFigure("unlinked")).isEqualTo(2);
        viaPopup(cp, "cp-toggle", "Maak CP");
        awaitPanel(2, 1);

        JsonNode links = sessionLinks();
        assertThat(links.get("cps").asInt()).isEqualTo(1);
        assertThat(links.get("links")).hasSize(2);
        for (JsonNode link : links.get("links")) {
            assertThat(link.get("cpId").asString()).isEqualTo(cp.id());
        }
        assertThat(cpFigure("linked")).isEqualTo(links.get("links").size());
        assertThat(Integer.parseInt(panel().getDomAttribute("data-links-drawn"))).isEqualTo(links.get("links").size());
        assertThat(cpFigure("unlinked")).isZero();
        assertThat(driver.findElements(By.cssSelector(".leaflet-marker-pane .cp-icon"))).hasSize(1);
        assertThat(driver.findElement(By.id("cp-loads")).getText()).contains("2 / 20");
        System.out.println("CP made (new session): links " + links.get("links") + "; round trip " + roundTrip() + " ms");
        // the popup now offers to remove the CP
        waiting().until(d -> d.findElements(By.cssSelector(".leaflet-popup .cp-toggle")).stream()
                .anyMatch(b -> b.getText().equals("Verwijder CP")));
        driver.findElement(By.cssSelector(".leaflet-popup-close-button")).click();
        waiting().until(d -> d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
        // the picture: one zoom level out, the panel scrolled to its "Coördinatiepunten" section
        driver.findElement(By.cssSelector(".leaflet-control-zoom-out")).click();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('cp-section').scrollIntoView({block: 'end'})");
        Thread.sleep(400); // the zoom animation
        browser.screenshot("cp-links-vr17.png");

        // a CP that serves one NSP only: one link, one NSP unlinked because the CP is full
        WebElement perCp = driver.findElement(By.id("max-nsp-per-cp-input"));
        perCp.clear();
        perCp.sendKeys("1", Keys.ENTER);
        waiting().until(d -> "1".equals(panel().getDomAttribute("data-linked")));
        awaitPanel(2, 1);
        JsonNode capped = sessionLinks();
        assertThat(capped.get("maxNspPerCp").asInt()).isEqualTo(1);
        assertThat(capped.get("links")).hasSize(1);
        assertThat(capped.get("unreachableNspIds")).isEmpty();
        assertThat(cpFigure("unlinked")).isEqualTo(1);
        assertThat(driver.findElement(By.id("unlinked-list")).getText()).contains("CP’s binnen bereik vol");
        perCp.clear();
        perCp.sendKeys("20", Keys.ENTER);
        waiting().until(d -> "2".equals(panel().getDomAttribute("data-linked")));

        // an NSP toggled while a CP exists: the links follow (read again from the session)
        viaPopup(nspB, "nsp-toggle", "Verwijder NSP");
        awaitPanel(1, 1);
        assertThat(sessionLinks().get("links")).hasSize(1);
        assertThat(cpFigure("linked")).isEqualTo(1);
        assertThat(panel().getDomAttribute("data-links-drawn")).isEqualTo("1");
        System.out.println("NSP toggle with a CP (toggle + session read): round trip " + roundTrip() + " ms");
        viaPopup(nspB, "nsp-toggle", "Maak NSP");
        awaitPanel(2, 1);
        assertThat(cpFigure("linked")).isEqualTo(2);

        // a link range shorter than both links: both NSPs unreachable, listed as such
        WebElement range = driver.findElement(By.id("link-range-input"));
        range.clear();
        range.sendKeys("200", Keys.ENTER);
        waiting().until(d -> "0".equals(panel().getDomAttribute("data-linked")));
        awaitPanel(2, 1);
        assertThat(sessionLinks().get("unreachableNspIds")).hasSize(2);
        assertThat(driver.findElement(By.id("unlinked-list")).getText()).contains("geen CP binnen bereik");
        assertThat(driver.findElements(By.cssSelector("#unlinked-list li"))).hasSize(2);
        range.clear();
        range.sendKeys("5000", Keys.ENTER);
        waiting().until(d -> "2".equals(panel().getDomAttribute("data-linked")));

        // removing the CP: every NSP unlinked, no CP in range
        viaPopup(cp, "cp-toggle", "Verwijder CP");
        awaitPanel(2, 0);
        JsonNode none = sessionLinks();
        assertThat(none.get("links")).isEmpty();
        assertThat(none.get("unlinkedNspIds")).hasSize(2);
        assertThat(none.get("unreachableNspIds")).hasSize(2);
        assertThat(cpFigure("linked")).isZero();
        assertThat(cpFigure("unlinked")).isEqualTo(2);
        System.out.println("CP removed (new session): round trip " + roundTrip() + " ms");
        assertThat(panel().getDomAttribute("data-links-drawn")).isEqualTo("0");
        assertThat(driver.findElements(By.cssSelector(".leaflet-marker-pane .cp-icon"))).isEmpty();
        // with no CP at all the unlinked NSPs are counted, not listed or ringed
        assertThat(driver.findElements(By.cssSelector("#unlinked-list li"))).isEmpty();
        assertThat(browser.consoleProblems()).as("browser console warnings and errors").isEmpty();
    }
}
