package dev.focal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import dev.focal.IntegrationTest;
import dev.focal.identity.SecondFactorCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys through the running application (random port) in Debian's Chromium driven by Playwright.
 * {@code .ci/run} installs Chromium; set {@code FOCAL_CHROMIUM} to use another binary. Playwright gives every
 * launch a fresh temporary profile.
 */
@IntegrationTest
abstract class JourneyTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    BrowserContext context;
    Page page;
    /** Content-Security-Policy violations the browser reported on any page of this journey (ADR 0021). */
    final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        String chromium = System.getenv().getOrDefault("FOCAL_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            throw new IllegalStateException("Chromium not found at " + chromium
                    + ": install Debian's chromium (apt-get install chromium) or set FOCAL_CHROMIUM");
        }
        // Shared 2-core build machines: a view can take longer than Playwright's default 5 s to appear.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768));
        context.setDefaultTimeout(30_000);
        // Chromium logs blocked content to the console; the event listener also catches what it does not log.
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' on ' + e.documentURI))");
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().startsWith("CSP violation")) {
                cspViolations.add(message.text());
            }
        });
    }

    /**
     * Keeps a screenshot of where each journey ended, for a look after a failure, and fails a journey during which
     * the browser refused anything under the Content-Security-Policy: every page must work within its policy.
     */
    @AfterEach
    void closePage(org.junit.jupiter.api.TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "journeys", test.getTestMethod().map(m -> m.getName()).orElse("page") + ".png")));
        context.close();
        assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
    }

    /**
     * The second sign-in step of a demo account whose roles require it: the code its demo authenticator shows
     * ({@code StaffSecondFactor.DEMO_SECRET}), one not used before.
     */
    void enterDemoCode(String username) {
        page.waitForURL(u -> u.contains("/admin/login/code"));
        page.locator("vaadin-text-field input").fill(SecondFactorCodes.unusedDemoCode(jdbc, username));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Verify")).click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
