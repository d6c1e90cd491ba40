package nl.nsp.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Role;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.scenario.ScenarioContent;
import nl.nsp.planner.scenario.ScenarioSite;
import nl.nsp.planner.security.Passwords;
import nl.nsp.planner.store.FixtureImportConfiguration;
import nl.nsp.planner.store.PlannerStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server mode in a real headless Chromium, on the fixture data: the map sends an anonymous visitor to the Dutch
 * login page; a wrong password is refused in Dutch; a viewer sees the map read-only (its account in the header, the
 * scenario panel says why it cannot save and offers no Opslaan, Dupliceer, Publiceer or Verwijder); after Uitloggen a
 * region planner of the same region may save.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nsp.security.enabled=true")
@Import(FixtureImportConfiguration.class)
class ServerModePageIT {
    private static final String PASSWORD = "een lang wachtwoord voor de test";
    private static final Path ROOT = temporaryRoot();
    private static HeadlessChromium browser;
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    PlannerStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("nsp.store", () -> ROOT.resolve("store").toString());
        registry.add("nsp.data-dir", () -> ROOT.resolve("data").toString());
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

    @Test
    void loginThenReadOnlyForAViewerAndSavingForTheRegionsPlanner() throws Exception {
        for (Account a : new Account[] {new Account("kijker", Role.VIEWER, "VR17", "", true),
                new Account("anna", Role.REGION, "VR17", "", true)}) {
            if (store.accounts().find(a.name()).isEmpty()) {
                store.accounts().add(a, Passwords.hashNew(PASSWORD.toCharArray()), "test");
            }
        }
        if (store.scenarios().list(java.util.Optional.of("VR17")).isEmpty()) {
            store.scenarios().create(new ScenarioContent("Basis Eerstedorp", "", "anna", "VR17", "cbs100", Norms.defaults(),
                    List.of(new ScenarioSite("S1", "Stembureau 1", "Kerkstraat 1", 91000, 438000, "GM0001", false, true, false,
                            false, false)), 1), "anna");
        }
        String base = "http://127.0.0.1:" + port;
        driver.get(base + "/");
        wait(20).until(d -> d.getCurrentUrl().contains("/login.html"));

        logIn("kijker", "fout wachtwoord");
        WebElement message = wait(20).until(d -> {
            WebElement m = d.findElement(By.id("login-message"));
            return m.isDisplayed() ? m : null;
        });
        assertThat(message.getText()).startsWith("Onjuiste gebruikersnaam of wachtwoord");
        assertThat(driver.getCurrentUrl()).contains("/login.html");

        logIn("kijker", PASSWORD);
        wait(30).until(d -> d.getCurrentUrl().equals(base + "/"));
        WebElement account = wait(30).until(d -> {
            WebElement a = d.findElement(By.id("account"));
            return a.getText().contains("kijker") ? a : null;
        });
        assertThat(account.getText()).contains("kijker · meekijker VR17").contains("Uitloggen");
        WebElement rights = wait(30).until(d -> {
            WebElement r = d.findElement(By.id("scenario-rights"));
            return r.isDisplayed() ? r : null;
        });
        assertThat(rights.getText()).startsWith("Alleen lezen");
        assertThat(driver.findElement(By.id("scenario-save")).isEnabled()).isFalse();
        wait(30).until(d -> !d.findElements(By.cssSelector("#scenario-list li[data-scenario-id]")).isEmpty());
        WebElement listed = driver.findElement(By.cssSelector("#scenario-list li[data-scenario-id]"));
        assertThat(listed.getText()).contains("Basis Eerstedorp");
        assertThat(listed.findElement(By.cssSelector("button.open")).isDisplayed()).isTrue();
        for (String action : new String[] {"button.duplicate", "button.publish", "button.delete"}) {
            assertThat(listed.findElement(By.cssSelector(action)).isDisplayed()).as(action).isFalse();
        }
        browser.screenshot("server-mode-viewer.png");

        account.findElement(By.tagName("button")).click();
        wait(20).until(d -> d.getCurrentUrl().contains("/login.html"));
        logIn("anna", PASSWORD);
        wait(30).until(d -> d.getCurrentUrl().equals(base + "/")
                && d.findElement(By.id("account")).getText().contains("anna · regio VR17"));
        wait(30).until(d -> d.findElement(By.id("scenario-save")).isEnabled());
        assertThat(driver.findElement(By.id("scenario-rights")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("#scenario-list li[data-scenario-id] button.delete")).isDisplayed()).isTrue();
    }

    private void logIn(String name, String password) {
        WebElement field = wait(20).until(d -> {
            WebElement f = d.findElement(By.id("login-name"));
            return f.isDisplayed() ? f : null;
        });
        field.clear();
        field.sendKeys(name);
        WebElement pw = driver.findElement(By.id("login-password"));
        pw.clear();
        pw.sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    private static WebDriverWait wait(int seconds) {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        w.ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    private static Path temporaryRoot() {
        try {
            Path root = Files.createTempDirectory("nsp-server-mode-page");
            Files.createDirectories(root.resolve("data"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
