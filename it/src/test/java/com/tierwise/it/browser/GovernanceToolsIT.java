package com.tierwise.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The silo-consistency page, the allocation calculator and the outbox of governance mail, in Chromium. */
@ExtendWith(ArquillianExtension.class)
class GovernanceToolsIT {

  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void customersInTiers() {
    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",Şirket ").append(i).append(',').append(i).append(',').append(i).append('\n');
    }
    Api admin = Api.admin();
    assertEquals(200, admin.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, admin.postJson("tiering/runs", "").status());
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anAnalystUploadsSegmentationsAndSeesHowFarTheDepartmentsAgree() throws Exception {
    Api.newUser("analyst.silo", "CX_ANALYST");
    browser.signIn("analyst.silo", "pw-analyst.silo-2026!");
    browser.await(By.cssSelector(".tw-user"));
    browser.open("app/governance/silos.xhtml");
    assertTrue(browser.await(By.id("siloForm:empty")).getText().contains("No department"));

    upload(csv("department,external_id,label\nSALES,T-21,KEY\nSALES,NO-SUCH,KEY\n"));
    awaitText(By.id("siloForm:messages"), "Nothing was changed");
    String errors = text(By.id("errorTable"));
    assertTrue(errors.contains("3") && errors.contains("unknown customer NO-SUCH"), errors);

    upload(csv(
        "department,external_id,label\n"
            + "SALES,T-21,KEY\nSALES,T-20,KEY\nSALES,T-2,SMALL\nSALES,T-1,SMALL\n"
            + "MARKETING,T-21,KEY\nMARKETING,T-20,SMALL\nMARKETING,T-2,SMALL\nMARKETING,T-1,KEY\n"));
    awaitText(By.id("siloForm:messages"), "Imported");
    String agreements = text(By.id("agreements"));
    // Two of four alike, chance 50 %: kappa 0, "slight"; each department against the computed tier too.
    assertTrue(agreements.contains("MARKETING ↔ SALES"), agreements);
    assertTrue(agreements.contains("50%") && agreements.contains("0.00") && agreements.contains("Slight"), agreements);
    assertTrue(agreements.contains("SALES ↔ Computed tier"), agreements);
    String disputed = text(By.id("disputed"));
    assertTrue(disputed.contains("T-20") && disputed.contains("T-1"), disputed);
    browser.screenshot("30-silo-consistency");
  }

  @Test
  void anAccountManagerAllocatesShortStockAndSeesWhy() {
    Api.newUser("manager.alloc", "ACCOUNT_MANAGER");
    browser.signIn("manager.alloc", "pw-manager.alloc-2026!");
    browser.await(By.cssSelector(".tw-user"));
    browser.open("app/governance/allocation.xhtml");
    browser.await(By.id("allocationForm:available_input")).sendKeys("50");
    browser.driver().findElement(By.id("allocationForm:requests")).sendKeys("T-1;ten\nT-21;30\n");
    click(By.id("allocationForm:calculate"));
    awaitText(By.id("problemTable"), "\"ten\" is not a whole number");
    assertTrue(text(By.id("problemTable")).contains("1"), "the line is named");

    WebDriverWait wait = browser.waiting(Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class).until(driver -> {
      WebElement requests = driver.findElement(By.id("allocationForm:requests"));
      requests.clear();
      requests.sendKeys("external_id,quantity\nT-1,40\nT-21,30\nT-5,10\n");
      return true;
    });
    click(By.id("allocationForm:calculate"));
    awaitText(By.id("lines"), "T-21");
    String lines = text(By.id("lines"));
    String first = lines.split("\n")[1];
    assertTrue(first.startsWith("1") && first.contains("T-21") && first.contains("Everything requested"), lines);
    assertTrue(lines.contains("stock ran out"), lines);
    assertEquals("50", text(By.id("allocatedTotal")));
    browser.screenshot("31-allocation");
  }

  @Test
  void anAdministratorSendsAFailedMailAgain() {
    TestDatabase.execute(
        "INSERT INTO mail_outbox (purpose, recipients, subject, body, status, attempts, next_attempt_at, last_error,"
            + " created_at, updated_at) VALUES ('DECIDER_NOTICE', 'board@it.example', 'Tierwise: browser outbox check',"
            + " 'Decide it.', 'FAILED', 5, CURRENT_TIMESTAMP, 'MailConnectException: Couldn''t connect to host',"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    Api.newUser("admin.outbox", "ADMIN");
    browser.signIn("admin.outbox", "pw-admin.outbox-2026!");
    browser.await(By.cssSelector(".tw-user"));
    browser.open("app/admin/mail.xhtml");
    String table = browser.await(By.id("outboxForm:outbox")).getText();
    assertTrue(table.contains("browser outbox check") && table.contains("Gave up") && table.contains("Couldn't connect"),
        table);
    click(By.id("outboxForm:outbox:0:resend"));
    awaitText(By.id("outboxForm:messages"), "will be sent again");
    assertEquals(0, TestDatabase.count(
        "SELECT COUNT(*) FROM mail_outbox WHERE subject = 'Tierwise: browser outbox check' AND status = 'FAILED'"
            + " AND attempts = 5"));
    browser.screenshot("32-outbox");
  }

  /** The element's text, read again if an ajax update replaced it meanwhile. */
  private String text(By locator) {
    return browser.waiting(Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(driver -> driver.findElement(locator).getText());
  }

  /** Clicks what is there once ajax has settled (an update may replace the element meanwhile). */
  private void click(By locator) {
    browser.waiting(Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(driver -> {
          driver.findElement(locator).click();
          return true;
        });
  }

  private void upload(Path file) {
    browser.driver().findElement(By.id("siloForm:file_input")).sendKeys(file.toAbsolutePath().toString());
  }

  private void awaitText(By locator, String text) {
    try {
      browser.waiting(Duration.ofSeconds(60))
          .ignoring(StaleElementReferenceException.class)
          .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("failed-" + locator.toString().replaceAll("[^A-Za-z0-9]", "_"));
      throw e;
    }
  }


  private static Path csv(String content) {
    try {
      Path file = Files.createTempFile("segmentation", ".csv");
      Files.writeString(file, content, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
