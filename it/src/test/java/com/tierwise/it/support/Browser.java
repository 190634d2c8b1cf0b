package com.tierwise.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the Debian ChromeDriver (no driver downloads at run time),
 * with screenshots kept under target/screenshots for reviewers.
 */
public final class Browser implements AutoCloseable {

  public static final String PORTAL = "http://localhost:" + (8080 + Api.PORT_OFFSET) + "/tierwise/";

  /** Browsers not yet closed, for {@link BrowserEvidence}. */
  private static final java.util.Set<Browser> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path downloads;

  public Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("tierwise.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
        "--lang=en-US");
    // Files the portal sends (exports) land in a folder of this browser's own.
    try {
      downloads =
          Files.createDirectories(
              Path.of(System.getProperty("tierwise.it.output", "target"), "downloads", UUID.randomUUID().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", downloads.toAbsolutePath().toString(),
            "download.prompt_for_download", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(System.getProperty("tierwise.it.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    wait = waiting(Duration.ofSeconds(20));
    OPEN.add(this);
  }

  /** Saves a screenshot and the page source of every open browser under target/failures. */
  static void keepEvidenceOfOpenBrowsers(String test) {
    int n = 0;
    for (Browser browser : OPEN) {
      String name = test + (n++ == 0 ? "" : "-" + n);
      Path folder = Path.of(System.getProperty("tierwise.it.output", "target"), "failures");
      try {
        Files.createDirectories(folder);
        Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve(name + ".html"),
            browser.driver.getCurrentUrl() + "\n" + browser.driver.getPageSource());
      } catch (IOException | RuntimeException e) {
        // Evidence is a courtesy: the test's own failure is what gets reported.
        System.err.println("No evidence of " + name + ": " + e);
      }
    }
  }

  /**
   * A wait that looks again whenever the page changed under a lookup. A navigation or an ajax
   * update may replace a node between finding and reading it; Chromium then reports a stale
   * element, or, when the document itself was swapped, an "unhandled inspector error" that
   * Selenium raises as a plain WebDriverException. Both mean "not yet", never "failed": a
   * condition that never comes true still ends in a TimeoutException naming the last error.
   */
  public WebDriverWait waiting(Duration patience) {
    WebDriverWait waiting = new WebDriverWait(driver, patience);
    waiting.ignoring(WebDriverException.class);
    return waiting;
  }

  /** Waits up to 20 seconds for the condition, looking again after any page change. */
  public <T> T waitUntil(Function<? super WebDriver, T> condition) {
    return wait.until(condition);
  }

  /**
   * Switches the portal to a language and waits for the page to come back in it. The locale is
   * remembered per user, so a test cannot assume the language an earlier test left.
   */
  public void switchLanguage(String language) {
    By choice = By.cssSelector("#localeForm input[lang='" + language + "']");
    By html = By.tagName("html");
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement button = await(choice);
        if (language.equals(driver.findElement(html).getAttribute("lang"))) {
          return;
        }
        if (button.isEnabled()) {
          button.click();
        }
        waiting(Duration.ofSeconds(15)).until(ExpectedConditions.attributeToBe(html, "lang", language));
        return;
      } catch (WebDriverException e) {
        // The click landed while the page was still being replaced: choose again.
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Waits for a finished download whose name ends with the suffix, and returns it. */
  public Path download(String suffix) {
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            d -> {
              try (var files = Files.list(downloads)) {
                return files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  public void open(String path) {
    driver.get(PORTAL + path);
  }

  public WebElement await(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Picks an item of a PrimeFaces selectOneMenu by its label, trying again if the pick was lost:
   * the menu's panel is rebuilt by every ajax update and slides open with an animation, so a click
   * that lands while an update (or a closing dialog) is being applied, or on an item that has no
   * size yet, goes nowhere.
   */
  public void choose(String menuId, String label) {
    By shown = By.id(menuId + "_label");
    By panel = By.id(menuId + "_panel");
    By item = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']");
    for (int attempt = 1; ; attempt++) {
      try {
        if (await(shown).getText().equals(label)) {
          return;
        }
        if (driver.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
          await(By.id(menuId)).click();
        }
        WebElement option = waiting(Duration.ofSeconds(10)).until(d -> {
              WebElement li = d.findElement(item);
              return li.isDisplayed() && li.getSize().getHeight() > 0 ? li : null;
            });
        option.click();
        waiting(Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
        return;
      } catch (WebDriverException e) {
        if (attempt == 4) {
          throw e;
        }
      }
    }
  }

  public void signIn(String username, String password) {
    open("login.xhtml");
    await(By.id("loginForm:username")).sendKeys(username);
    driver.findElement(By.id("loginForm:password")).sendKeys(password);
    driver.findElement(By.id("loginForm:signIn")).click();
  }

  public void screenshot(String name) {
    Path target = Path.of(System.getProperty("tierwise.it.output", "target"), "screenshots", name + ".png");
    try {
      Files.createDirectories(target.getParent());
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    OPEN.remove(this);
    driver.quit();
  }
}
