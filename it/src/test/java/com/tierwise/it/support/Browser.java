package com.tierwise.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
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
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
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
      if (await(shown).getText().equals(label)) {
        return;
      }
      try {
        if (driver.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
          await(By.id(menuId)).click();
        }
        WebElement option = new WebDriverWait(driver, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class)
            .until(d -> {
              WebElement li = d.findElement(item);
              return li.isDisplayed() && li.getSize().getHeight() > 0 ? li : null;
            });
        option.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
            .until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
        return;
      } catch (TimeoutException | StaleElementReferenceException | ElementNotInteractableException e) {
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
    driver.quit();
  }
}
