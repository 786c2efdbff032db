package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tminus.api.Links;
import dev.tminus.generate.Generator;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browsable API in a real headless Chromium (Debian's chromium and chromium-driver, which
 * {@code .ci/run} installs): read a list, follow an event's link, use the filter form.
 * Screenshots go to {@code target/screenshots/}; with {@code -Dtminus.screenshots=docs} also to
 * {@code docs/}, where the README shows them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private TestServer server;
  private WebDriver browser;

  @BeforeAll
  void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: Chromium or ChromeDriver is not installed (apt-get install chromium chromium-driver; .ci/run does)");
    server = TestServer.start(TestDatabase.H2);
    List<EventEndpointDetailed> events = new ArrayList<>();
    Generator.events(60, 5, Links.of(server.origin(), null)).forEachRemaining(events::add);
    server.importEvents(events);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("tminus-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 1600));
  }

  @AfterAll
  void stop() {
    if (browser != null) browser.quit();
    if (server != null) server.close();
  }

  private void screenshot(String name) throws Exception {
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    if ("docs".equals(System.getProperty("tminus.screenshots"))) {
      Files.createDirectories(Path.of("docs"));
      Files.copy(shot, Path.of("docs", name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void browseAListFollowAnEventAndFilter() throws Exception {
    browser.get(server.origin() + "/2.3.0/events/?format=api");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Event List");
    assertThat(browser.findElement(By.className("help")).getText()).contains("Fields searched - name");
    assertThat(browser.findElement(By.linkText("lldev.thespacedevs.com/docs")).getAttribute("href"))
        .isEqualTo("https://lldev.thespacedevs.com/docs");
    assertThat(browser.findElement(By.className("request")).getText()).isEqualTo("GET /2.3.0/events/?format=api");
    String response = browser.findElement(By.className("response")).getText();
    assertThat(response).startsWith("HTTP 200 OK").contains("\"count\": 60", "Vary: Accept");
    screenshot("browsable-list.png");

    WebElement firstEvent = browser.findElements(By.cssSelector("pre.response a")).stream()
        .filter(a -> a.getText().matches("\"?" + java.util.regex.Pattern.quote(server.origin()) + "/2\\.3\\.0/events/\\d+/\\?format=api\"?"))
        .findFirst().orElseThrow();
    String eventUrl = firstEvent.getAttribute("href");
    firstEvent.click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(eventUrl));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Event Instance");
    assertThat(browser.findElement(By.className("response")).getText()).contains("\"response_mode\": \"detailed\"");
    screenshot("browsable-detail.png");

    browser.get(server.origin() + "/2.3.0/events/?format=api");
    WebElement form = browser.findElement(By.id("filters"));
    form.findElement(By.name("search")).sendKeys("Docking");
    form.findElement(By.name("type__ids")).sendKeys("");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("search=Docking"));
    int expected = server.get("/2.3.0/events/?search=Docking").json().get("count").asInt();
    assertThat(browser.findElement(By.className("response")).getText()).contains("\"count\": " + expected);
    assertThat(browser.findElement(By.name("search")).getAttribute("value")).isEqualTo("Docking");
  }

  @Test
  void pageThroughAList() {
    browser.get(server.origin() + "/2.3.0/events/?format=api");
    browser.findElement(By.linkText("Next »")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("offset=10"));
    assertThat(browser.findElement(By.className("request")).getText())
        .isEqualTo("GET /2.3.0/events/?format=api&limit=10&offset=10");
    browser.findElement(By.linkText("« Previous")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("offset="));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Event List");
  }
}
