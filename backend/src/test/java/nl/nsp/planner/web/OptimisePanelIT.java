package nl.nsp.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "Optimaliseren" section in a real headless Chromium on the real data (VR17, 100 m grid): an MCLP job with p = 20
 * runs to the end, "Toon voorstel" draws its 20 sites, "Overnemen" opens exactly them as NSPs and the panel then shows
 * the coverage the REST API computes for them (and the job's own covered weight); an exact job is cancelled from the page.
 */
class OptimisePanelIT extends RealDataServerIT {
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

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private WebElement section() {
        return driver.findElement(By.id("optimise-section"));
    }

    private double figure(String key) {
        return Double.parseDouble(driver.findElement(By.cssSelector("#coverage-figures dd[data-figure='" + key + "']"))
                .getDomAttribute("data-value"));
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode apiCoverage(List<String> openSiteIds) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("region", "VR17", "demandLayer", "cbs100", "openSiteIds", openSiteIds));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/coverage"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("report");
    }

    private void setValue(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void anMclpProposalBecomesTheOpenNspsAndAnExactJobCanBeCancelled() throws Exception {
        driver.get("http://localhost:" + port + "/");
        waiting(60).until(d -> !d.findElements(By.cssSelector("#region-select option[value='VR17']")).isEmpty());
        new Select(driver.findElement(By.id("region-select"))).selectByValue("VR17");
        waiting(60).until(d -> "true".equals(d.findElement(By.id("coverage-panel")).getDomAttribute("data-ready"))
                && d.findElement(By.id("coverage-area")).getText().startsWith("VR17"));

        // MCLP, p = 20, a short time limit
        new Select(driver.findElement(By.id("optimise-model"))).selectByValue("mclp");
        setValue("optimise-p", "20");
        setValue("optimise-time", "5");
        driver.findElement(By.id("optimise-start")).click();
        waiting(90).until(d -> "result".equals(section().getDomAttribute("data-status")));
        String jobId = section().getDomAttribute("data-job-id");
        JsonNode result = get("/api/optimisations/" + jobId + "/result");
        assertThat(result.get("selected")).hasSize(20);
        assertThat(driver.findElement(By.id("optimise-status")).getText()).startsWith("klaar");
        String summary = driver.findElement(By.id("optimise-result")).getText();
        assertThat(summary).startsWith("Dekking ").contains("bovengrens").contains("gat ");
        assertThat(Double.parseDouble(driver.findElement(By.id("optimise-progress")).getDomProperty("value"))).isEqualTo(1.0);
        System.out.println("MCLP p=20 VR17: " + summary + " (" + result.get("seconds").asDouble() + " s, "
                + result.get("method").asString() + ", " + result.get("status").asString() + ")");

        // "Toon voorstel" draws the 20 proposed sites; "Overnemen" makes exactly them the open NSPs
        driver.findElement(By.id("optimise-show")).click();
        waiting(10).until(d -> "20".equals(section().getDomAttribute("data-preview-drawn")));
        assertThat(driver.findElement(By.id("optimise-show")).getDomAttribute("aria-pressed")).isEqualTo("true");
        driver.findElement(By.id("optimise-accept")).click();
        waiting(60).until(d -> {
            WebElement panel = d.findElement(By.id("coverage-panel"));
            return "true".equals(panel.getDomAttribute("data-ready")) && "20".equals(panel.getDomAttribute("data-open-sites"));
        });
        List<String> selected = new ArrayList<>();
        result.get("selected").forEach(n -> selected.add(n.asString()));
        JsonNode expected = apiCoverage(selected);
        assertThat(figure("openSites")).isEqualTo(20.0);
        assertThat(figure("covered")).isEqualTo(expected.get("total").get("coveredInhabitants").asDouble());
        assertThat(figure("covered")).isEqualTo(result.get("coveredWeight").asDouble());
        browser.screenshotForDocs("optimise-vr17.png");

        // an exact job with a long limit, cancelled from the page
        driver.findElement(By.id("optimise-exact")).click();
        setValue("optimise-time", "120");
        driver.findElement(By.id("optimise-start")).click();
        waiting(30).until(d -> "running".equals(section().getDomAttribute("data-status")));
        WebElement cancel = driver.findElement(By.id("optimise-cancel"));
        assertThat(cancel.isEnabled()).isTrue();
        cancel.click();
        waiting(60).until(d -> "cancelled".equals(section().getDomAttribute("data-status")));
        assertThat(driver.findElement(By.id("optimise-status")).getText()).isEqualTo("geannuleerd");
        assertThat(driver.findElement(By.id("optimise-actions")).isDisplayed()).isFalse();
        String cancelledId = section().getDomAttribute("data-job-id");
        assertThat(cancelledId).isNotEqualTo(jobId);
        assertThat(get("/api/optimisations/" + cancelledId).get("status").asString()).isEqualTo("cancelled");
        assertThat(driver.findElement(By.id("optimise-start")).isEnabled()).isTrue();
        assertThat(browser.consoleProblems()).as("browser console warnings and errors").isEmpty();
    }
}
