package nl.nsp.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import tools.jackson.databind.JsonNode;

/**
 * The printable resident list in a real headless Chromium on the real data: a VR17 scenario with every polling station
 * of the region as NSP plus an own location in Rotterdam whose name is a script tag. Rotterdam's page lists every one
 * of its NSPs once, places alphabetical, streets in order, the script shown as text; printing the region gives at least
 * one A4 page per municipality. The PDFs go to {@code target/screenshots/}.
 */
class PrintPageIT extends RealDataServerIT {
    private static final String HOSTILE = "<script>document.title='gehackt'</script> Buurthuis De Kern";
    private static final Pattern ADDRESS = Pattern.compile("(.*?)\\s+(\\d+)\\S*(?:\\s.*)?,.*");
    private static HeadlessChromium browser;
    private static WebDriver driver;
    private static String scenarioId;
    private static int rotterdamNsps;

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

    @BeforeEach
    void saveScenario() throws Exception {
        if (scenarioId != null) {
            return;
        }
        ApiCalls api = new ApiCalls(port);
        List<String> ids = new ArrayList<>();
        for (JsonNode f : api.get("/api/candidates?region=VR17").get("features")) {
            ids.add(f.get("properties").get("id").asString());
            if (f.get("properties").get("municipalityCode").asString().equals("GM0599")) {
                rotterdamNsps++;
            }
        }
        ids.add("eigen-kern");
        rotterdamNsps++;
        JsonNode created = api.post("/api/scenarios", Map.of("name", "Rijnmond print", "region", "VR17", "nspSiteIds", ids,
                "ownSites", List.of(Map.of("id", "eigen-kern", "name", HOSTILE, "address", "Coolsingel 40, 3011 AD Rotterdam",
                        "x", 92700.0, "y", 437600.0))), 201);
        scenarioId = created.get("id").asString();
    }

    private Path printPdf(String name) throws IOException {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setPageMargin(new PageMargin(0, 0, 0, 0));
        options.setBackground(true);
        String base64 = ((PrintsPage) driver).print(options).getContent();
        return Files.write(HeadlessChromium.SCREENSHOTS.resolve(name), Base64.getDecoder().decode(base64));
    }

    /** Pages of a PDF made by Chromium (Skia writes one uncompressed page dictionary per page). */
    private static int pages(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void rotterdamsPageListsEveryNspByPlaceAndStreetAndShowsTheScriptAsText() throws IOException {
        driver.get("http://localhost:" + port + "/api/scenarios/" + scenarioId + "/print?municipality=GM0599");
        assertThat(driver.getTitle()).isEqualTo("Waar is mijn noodsteunpunt? Gemeente Rotterdam");
        assertThat(driver.findElements(By.cssSelector("section.municipality"))).hasSize(1);
        List<WebElement> items = driver.findElements(By.cssSelector("section.municipality .list li"));
        assertThat(items).hasSize(rotterdamNsps);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(HOSTILE);
        assertThat(driver.findElements(By.cssSelector("section.municipality svg .nsp"))).hasSize(rotterdamNsps);
        // places alphabetical; in each, streets alphabetical and house numbers ascending on one street
        List<String> places = driver.findElements(By.cssSelector(".place-list h3")).stream().map(WebElement::getText).toList();
        assertThat(places).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        int expectedNumber = 1;
        for (WebElement place : driver.findElements(By.cssSelector(".place-list"))) {
            List<WebElement> lis = place.findElements(By.tagName("li"));
            assertThat(place.findElement(By.tagName("ol")).getDomAttribute("start")).isEqualTo(String.valueOf(expectedNumber));
            expectedNumber += lis.size();
            String lastStreet = "";
            int lastNumber = -1;
            for (WebElement li : lis) {
                String address = li.findElement(By.className("address")).getText();
                Matcher m = ADDRESS.matcher(address);
                if (!m.matches()) {
                    continue;
                }
                // Dutch lists pass over a leading 's- or 't ('s-Gravenweg sorts under G)
                String street = m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^'[st][- ]", "");
                int number = Integer.parseInt(m.group(2));
                assertThat(street).as(address).isGreaterThanOrEqualTo(lastStreet);
                if (street.equals(lastStreet)) {
                    assertThat(number).as(address).isGreaterThanOrEqualTo(lastNumber);
                }
                lastStreet = street;
                lastNumber = number;
            }
        }
        assertThat(expectedNumber - 1).isEqualTo(rotterdamNsps);
        browser.screenshot("print-rotterdam.png");
        Path pdf = printPdf("print-rotterdam.pdf");
        assertThat(pages(pdf)).isBetween(1, 12);
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void theRegionPrintsAtLeastOnePagePerMunicipality() throws IOException {
        driver.get("http://localhost:" + port + "/api/scenarios/" + scenarioId + "/print");
        List<WebElement> sections = driver.findElements(By.cssSelector("section.municipality"));
        assertThat(sections).hasSize(13);
        assertThat(sections).allSatisfy(s -> assertThat(s.findElements(By.cssSelector(".list li"))).isNotEmpty());
        assertThat(pages(printPdf("print-vr17.pdf"))).isGreaterThanOrEqualTo(13);
    }
}
