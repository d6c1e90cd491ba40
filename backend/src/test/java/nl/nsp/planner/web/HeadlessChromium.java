package nl.nsp.planner.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium for the browser tests: Debian's chromium and chromedriver (nothing is downloaded),
 * 1366×768, console logging on. Screenshots go to {@code target/screenshots/}.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private final WebDriver driver;

    HeadlessChromium() throws IOException {
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

    WebDriver driver() {
        return driver;
    }

    /** Saves a screenshot under {@link #SCREENSHOTS} and returns its path. */
    Path screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * A screenshot the README and docs show: saved like {@link #screenshot}, and copied over {@code docs/screenshots/}
     * only when the tests run with {@code -Dnsp.docs.screenshots=true}, so an ordinary test run leaves the checkout as
     * it was.
     */
    Path screenshotForDocs(String name) throws IOException {
        Path file = screenshot(name);
        Path docs = Path.of("../docs/screenshots");
        if (Boolean.getBoolean("nsp.docs.screenshots") && Files.isDirectory(docs)) {
            Files.copy(file, docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /**
     * Lets the page download files (export links) into {@code folder} without asking, and returns the folder.
     */
    Path downloadsTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
        return folder;
    }

    /**
     * Console warnings and errors since the last call, except failed base-map tiles (no internet here; the page
     * handles that itself).
     */
    List<LogEntry> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(e -> !e.getMessage().contains("service.pdok.nl") && !e.getMessage().contains("tile.openstreetmap.org"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
