package nl.nsp.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map in a real headless Chromium (Debian's chromium + chromedriver; nothing is downloaded) on the real
 * data of {@code nsp.data.dir}, imported at start-up into a temporary store. Screenshots go to
 * {@code target/screenshots/}.
 */
class MapPageIT extends RealDataServerIT {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static WebDriver driver;



    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        Path profile = Files.createTempDirectory("nsp-chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,768", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebElement statusBar() {
        return driver.findElement(By.id("status-bar"));
    }

    /** Waits until the status bar reports a finished load that satisfies {@code expectation}. */
    private void awaitReady(String containing) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            WebElement bar = statusBar();
            String ready = bar.getDomAttribute("data-ready");
            if ("error".equals(ready)) {
                throw new AssertionError("the page reported an error: " + bar.getText());
            }
            return "true".equals(ready) && bar.getText().contains(containing);
        });
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }

    private static int intAttribute(WebElement e, String name) {
        return Integer.parseInt(e.getDomAttribute(name));
    }

    @Test
    void mapShowsRijnmondWithBoundariesPopulationAndCandidates() throws IOException {
        driver.get("http://localhost:" + port + "/");
        assertThat(driver.getTitle()).isEqualTo("NSP-planner — noodsteunpunten en coördinatiepunten");
        // the configured start region is VR17; choose it explicitly as a user would
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.cssSelector("#region-select option[value='VR17']")).isEmpty());
        new Select(driver.findElement(By.id("region-select"))).selectByValue("VR17");
        awaitReady("VR17 Rotterdam-Rijnmond");
        WebElement bar = statusBar();
        System.out.println("status bar VR17: " + bar.getText() + " | first paint " + bar.getDomAttribute("data-paint-ms")
                + " ms, cells drawn " + bar.getDomAttribute("data-cells-drawn") + ", markers "
                + bar.getDomAttribute("data-markers") + ", clusters " + bar.getDomAttribute("data-clusters"));
        assertThat(intAttribute(bar, "data-municipalities")).isEqualTo(13);
        assertThat(intAttribute(bar, "data-boundaries")).isEqualTo(13);
        assertThat(intAttribute(bar, "data-cells")).isBetween(16_300, 16_383);
        assertThat(intAttribute(bar, "data-cells-drawn")).isGreaterThan(10_000);
        assertThat(intAttribute(bar, "data-candidates")).isBetween(600, 700);
        assertThat(intAttribute(bar, "data-markers") + intAttribute(bar, "data-clusters")).isGreaterThan(20);
        assertThat(bar.getText()).contains("13 gemeenten").containsPattern("1\\.\\d{3}\\.\\d{3} inwoners");
        // the canvas renderer of the vector layers and the population canvas both exist
        assertThat(driver.findElements(By.cssSelector(".leaflet-overlay-pane canvas"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("canvas.population-canvas"))).hasSize(1);
        screenshot("map-vr17.png");

        new Select(driver.findElement(By.id("municipality-select"))).selectByVisibleText("Rotterdam");
        awaitReady("Rotterdam ·");
        bar = statusBar();
        assertThat(intAttribute(bar, "data-municipalities")).isEqualTo(1);
        assertThat(intAttribute(bar, "data-cells")).isBetween(6_000, 6_500);
        screenshot("map-rotterdam.png");

        driver.findElement(By.id("show-65plus")).click();
        // the legend is re-rendered after the toggle: wait for the new one rather than read a stale node
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(".legend h3")).getText().contains("65-plussers"));
        screenshot("map-rotterdam-65plus.png");

        driver.findElement(By.id("import-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("import-dialog")).getDomAttribute("open") != null);
        assertThat(driver.findElement(By.id("import-body")).getText()).contains("Afgewezen regels");
        screenshot("import-report.png");

        List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                // no internet here: base-map tiles cannot load; that is expected and handled by the page
                .filter(e -> !e.getMessage().contains("service.pdok.nl") && !e.getMessage().contains("tile.openstreetmap.org"))
                .toList();
        assertThat(problems).as("browser console warnings and errors").isEmpty();
    }
}
