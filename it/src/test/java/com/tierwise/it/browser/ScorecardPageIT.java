package com.tierwise.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The CX scorecard page: a target edited, met and missed shown, an owner named, the XLSX exported. */
@ExtendWith(ArquillianExtension.class)
class ScorecardPageIT {

  private static final String TEAM = "Browser Team";

  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void data() {
    TestDatabase.resetCustomers();
    TestDatabase.execute("DELETE FROM cx_metric_target");
    TestDatabase.execute("DELETE FROM cx_metric_owner");
    Api admin = Api.admin();
    Api.newUser("owner.browser", "ACCOUNT_MANAGER");
    Api.newUser("exec.browser", "EXECUTIVE");
    assertEquals(200, admin.putJson("users/owner.browser/placement", "{\"team\":\"" + TEAM + "\"}").status());
    assertEquals(200, admin.post("customers/import", "text/csv", "external_id,name,owner\nB-1,Bir,owner.browser\nB-2,İki,owner.browser\n").status());
    String at = Instant.now().minusSeconds(120).toString();
    // two promoters and a passive: NPS 66.7
    assertEquals(201, admin.postJson("surveys/responses",
        "[{\"externalId\":\"B-1\",\"touchpoint\":\"SALES_CALL\",\"score\":10,\"respondedAt\":\"" + at + "\"},"
            + "{\"externalId\":\"B-2\",\"touchpoint\":\"SALES_CALL\",\"score\":9,\"respondedAt\":\"" + at + "\"},"
            + "{\"externalId\":\"B-2\",\"touchpoint\":\"WEBSITE_VISIT\",\"score\":7,\"respondedAt\":\"" + at + "\"}]").status());
    browser = new Browser();
    browser.signIn(Api.ADMIN, System.getProperty("tierwise.it.admin.password"));
    browser.await(By.id("logoutForm"));
  }

  @AfterEach
  void clean() {
    browser.close();
    TestDatabase.resetCustomers();
  }

  private void waitUntil(ExpectedCondition<?> condition) {
    browser.waiting(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition);
  }

  /** The status of the team's NPS row, read afresh (rows are replaced by every ajax update). */
  private ExpectedCondition<Boolean> npsRow(String status, String text) {
    return (WebDriver driver) -> driver.findElements(By.cssSelector("#scorecardForm\\:rows_data tr")).stream()
        .filter(row -> row.getText().contains(TEAM) && row.getText().contains("NPS"))
        .anyMatch(row -> row.findElement(By.cssSelector("span[data-status]")).getAttribute("data-status").equals(status)
            && row.getText().contains(text));
  }

  /** Clicks by script: a menu's closing panel may still lie over the button for a moment. */
  private void press(String id) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", browser.await(By.id(id)));
  }

  private void setTarget(String value) {
    browser.choose("editorForm:targetTeam", TEAM);
    WebElement target = browser.await(By.id("editorForm:target"));
    target.clear();
    target.sendKeys(value);
    press("editorForm:saveTarget");
  }

  @Test
  void targetsAreEditedAndMetOrMissedIsShownAndExported() throws Exception {
    browser.open("app/scorecard.xhtml");
    browser.switchLanguage("en");
    waitUntil(npsRow("NO_TARGET", "66.67"));

    setTarget("80");
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("scorecardForm:messages"), "Target saved"));
    waitUntil(npsRow("MISSED", "80.00"));
    browser.screenshot("scorecard-01-missed");

    setTarget("60");
    waitUntil(npsRow("MET", "60.00"));

    browser.choose("editorForm:owner", "exec.browser");
    press("editorForm:saveOwner");
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("scorecardForm:messages"), "Owner saved"));
    waitUntil(npsRow("MET", "exec.browser"));
    assertTrue(browser.await(By.id("summary")).getText().matches(".*\\d+ targets met, \\d+ missed.*"));
    browser.screenshot("scorecard-02-met");

    browser.await(By.id("scorecardForm:exportXlsx")).click();
    Path xlsx = browser.download(".xlsx");
    String sheets = xlsxText(xlsx);
    assertTrue(sheets.contains(TEAM), sheets);
    assertTrue(sheets.contains("exec.browser") && sheets.contains("MET"), sheets);
    assertTrue(sheets.contains("66.67") && sheets.contains("60"), sheets);
  }

  /** Every XML part of the workbook as text (cells may sit in the sheet or in shared strings). */
  private static String xlsxText(Path xlsx) throws Exception {
    StringBuilder text = new StringBuilder();
    // ZipFile reads the central directory: the streamed workbook's local headers carry no sizes.
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xml")) {
          try (InputStream in = zip.getInputStream(entry)) {
            text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
          }
        }
      }
    }
    return text.toString();
  }
}
