package nl.nsp.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * The report page (rapport.html) in a real headless Chromium on the real data: the map page links to it; a report
 * for VR14 with an outage of Hilversum runs to the end, its headline equals the REST job's summary, the preview shows
 * the report with the same number, the CSV links work; a national run is cancelled from the page.
 */
class ReportPageIT extends RealDataServerIT {
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

    private WebElement page() {
        return driver.findElement(By.id("report-page"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRegionalReportRunsAndIsShownAndANationalOneCanBeCancelled() throws Exception {
        driver.get("http://localhost:" + port + "/");
        WebElement link = waiting(60).until(d -> d.findElement(By.id("report-link")));
        assertThat(link.getText()).isEqualTo("Rapport");
        assertThat(link.getDomAttribute("title")).startsWith("Landelijk rapport");
        link.click();
        waiting(120).until(d -> "true".equals(page().getDomAttribute("data-ready"))
                && !d.findElements(By.cssSelector("#report-regions input[value='VR14']")).isEmpty());
        assertThat(driver.getTitle()).contains("landelijk rapport");

        // VR14 only, with Hilversum without power
        driver.findElement(By.id("report-all-regions")).click();
        driver.findElement(By.cssSelector("#report-regions input[value='VR14']")).click();
        new Select(driver.findElement(By.id("report-norm"))).selectByValue("1000");
        driver.findElement(By.id("report-outage-label")).sendKeys("Hilversum zonder stroom");
        driver.findElement(By.id("report-outage-municipalities")).sendKeys("GM0402");
        driver.findElement(By.id("report-start")).click();
        waiting(300).until(d -> "done".equals(page().getDomAttribute("data-status")));
        String jobId = page().getDomAttribute("data-job-id");
        JsonNode job = JSON.readTree(get("/api/reports/national/" + jobId).body());
        int nsp = job.get("summary").get("nsp").asInt();
        assertThat(job.get("summary").get("regions").asInt()).isEqualTo(1);
        String summary = driver.findElement(By.id("report-summary")).getText();
        assertThat(summary).startsWith(nsp + " NSP's (ondergrens ").contains("bij 1.000 m, 95 %").contains("(1 regio)");
        assertThat(driver.findElement(By.id("report-status")).getText()).startsWith("klaar");
        List<WebElement> files = driver.findElements(By.cssSelector("#report-files a"));
        assertThat(files).extracting(WebElement::getText).contains("aantallen_per_regio.csv", "uitval.csv", "verantwoording.csv");
        HttpResponse<String> csv = get(URI.create(files.get(0).getDomAttribute("href")).getPath() + "?download=true");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(driver.findElement(By.id("report-open")).getDomAttribute("target")).isEqualTo("_blank");
        Path shot = browser.screenshot("report-page.png");
        System.out.println("report page screenshot: " + shot.toAbsolutePath() + " (VR14: " + summary + ")");

        // the preview is the report itself: its headline is the job's
        driver.switchTo().frame(driver.findElement(By.id("report-preview")));
        WebElement headline = waiting(60).until(d -> d.findElement(By.id("headline-nsps")));
        assertThat(headline.getDomAttribute("data-value")).isEqualTo(Integer.toString(nsp));
        assertThat(driver.findElement(By.id("uitval")).getText()).contains("Hilversum zonder stroom");
        assertThat(driver.findElements(By.cssSelector("svg#curve-national path"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("svg#map-density path.area"))).hasSizeGreaterThan(300);
        driver.switchTo().defaultContent();

        // a national run, cancelled from the page
        driver.findElement(By.id("report-all-regions")).click();
        driver.findElement(By.id("report-start")).click();
        waiting(60).until(d -> "running".equals(page().getDomAttribute("data-status"))
                || "queued".equals(page().getDomAttribute("data-status")));
        WebElement cancel = waiting(30).until(d -> {
            WebElement c = d.findElement(By.id("report-cancel"));
            return c.isDisplayed() ? c : null;
        });
        cancel.click();
        waiting(120).until(d -> "cancelled".equals(page().getDomAttribute("data-status")));
        assertThat(driver.findElement(By.id("report-status")).getText()).isEqualTo("geannuleerd");
        assertThat(browser.consoleProblems()).isEmpty();
    }
}
