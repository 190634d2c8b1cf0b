package com.tierwise.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The import wizard in a real browser: a file whose headers are not ours (the IBM telco status
 * file, which has no name column) mapped, previewed, imported, and its mapping remembered; a bad
 * cell highlighted with the import refused; the page closed to roles that may not import.
 */
@ExtendWith(ArquillianExtension.class)
class ImportWizardIT {

  private static final String TELCO_SOURCE = "IBM Telco – status";
  private static final String TELCO_FIXTURE = "/ibm-telco-churn/Telco_customer_churn_status-200.csv";

  private Browser browser;
  private Duration patience = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void emptyDatabase() throws SQLException {
    TestDatabase.resetCustomers();
    forgetMappings();
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() throws SQLException {
    browser.close();
    TestDatabase.resetCustomers();
    forgetMappings();
  }

  @Test
  void theTelcoStatusFileIsMappedPreviewedImportedAndItsMappingRemembered() throws Exception {
    signInAsAdmin();
    browser.await(By.linkText("Import")).click();

    upload(TELCO_SOURCE, fixture(TELCO_FIXTURE));
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("importForm:uploaded"), "Telco_customer_churn_status-200.csv received: 11 columns"));
    browser.screenshot("20-import-upload");
    next();
    assertTrue(browser.driver().findElements(By.id("importForm:restored")).isEmpty(), "nothing saved yet");
    assertEquals("", selected("external_id"), "no standard name in this file, so nothing is guessed");

    // The file has no name column: its customer id feeds both the id and the name.
    select("external_id", "Customer ID");
    select("name", "Customer ID");
    select("business_value", "CLTV");
    select("cx_score", "Satisfaction Score");
    browser.screenshot("21-import-mapping");
    click("importForm:toPreview");

    waiting().until(ExpectedConditions.textToBe(By.id("rowCount"), "200"));
    assertEquals("0", browser.driver().findElement(By.id("errorCount")).getText());
    String preview = browser.driver().findElement(By.id("previewTable")).getText();
    assertTrue(preview.contains("8779-QRDMV"), preview);
    assertTrue(preview.contains("5433"), preview);
    assertEquals(10, browser.driver().findElements(By.cssSelector("#previewTable tbody tr")).size());
    assertTrue(browser.driver().findElements(By.cssSelector("#previewTable .tw-cell-bad")).isEmpty());
    settled();
    browser.screenshot("22-import-preview");

    long started = System.nanoTime();
    click("importForm:import");
    waiting().until(ExpectedConditions.textToBe(By.id("created"), "200"));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals("0", browser.driver().findElement(By.id("updated")).getText());
    settled();
    browser.screenshot("23-import-done");
    System.out.println("Import wizard: 200 telco rows imported in " + millis + " ms (click to result)");

    JsonObject customer = Api.admin().get("customers/8779-QRDMV").json();
    assertEquals("8779-QRDMV", customer.getString("name"));
    assertEquals(0, customer.getJsonNumber("businessValue").bigDecimalValue().compareTo(new java.math.BigDecimal("5433")));
    assertEquals(0, customer.getJsonNumber("cxScore").bigDecimalValue().compareTo(new java.math.BigDecimal("3")));
    assertEquals("200", Api.admin().get("customers?limit=1").header("X-Total-Count"));

    // Another file from the same source: the mapping comes back by itself.
    click("importForm:again");
    upload(TELCO_SOURCE, fixture(TELCO_FIXTURE));
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("importForm:uploaded"), "received"));
    next();
    browser.await(By.id("importForm:restored"));
    assertEquals("Customer ID", selected("external_id"));
    assertEquals("Customer ID", selected("name"));
    assertEquals("CLTV", selected("business_value"));
    assertEquals("Satisfaction Score", selected("cx_score"));
    assertEquals("", selected("revenue"));
    browser.screenshot("24-import-mapping-restored");

    // Importing it again creates nothing and updates nothing that did not change.
    click("importForm:toPreview");
    waiting().until(ExpectedConditions.textToBe(By.id("rowCount"), "200"));
    click("importForm:import");
    waiting().until(ExpectedConditions.textToBe(By.id("created"), "0"));
  }

  @Test
  void aBadCellIsHighlightedAndTheImportIsDisabled() throws Exception {
    Path file = Files.createTempFile("crm-export-", ".csv");
    Files.writeString(file, "Customer ID,Customer Name,CLTV,Satisfaction Score\r\n"
        + "B-1,Bilgi İnci,5000,4\r\n"
        + "B-2,شرکت پارس,\"12,5\",3\r\n"
        + "B-3,Acme,6000,5\r\n", StandardCharsets.UTF_8);
    try {
      signInAsAdmin();
      browser.open("app/import.xhtml");
      upload("CRM export", file);
      waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("importForm:uploaded"), "received"));
      next();
      select("external_id", "Customer ID");
      select("business_value", "CLTV");

      // A required field without a column is refused before anything is read.
      click("importForm:toPreview");
      waiting().until(ExpectedConditions.textToBePresentInElementLocated(
          By.id("importForm:messages"), "Choose the column of your file for \"Name\""));

      select("name", "Customer Name");
      select("cx_score", "Satisfaction Score");
      click("importForm:toPreview");
      waiting().until(ExpectedConditions.textToBe(By.id("errorCount"), "1"));
      WebElement bad = browser.await(By.cssSelector("#previewTable tr[data-line='3'] td.tw-cell-bad"));
      assertEquals("business_value", bad.getAttribute("data-field"));
      assertTrue(bad.getText().contains("must be a decimal number"), bad.getText());
      assertEquals(1, browser.driver().findElements(By.cssSelector("#previewTable .tw-cell-bad")).size());
      String errors = browser.await(By.id("importForm:errors")).getText();
      assertTrue(errors.contains("\"CLTV\" (business_value) must be a decimal number"), errors);
      assertFalse(browser.driver().findElement(By.id("importForm:import")).isEnabled(), "import is disabled");
      settled();
    browser.screenshot("25-import-bad-cell");
      assertEquals(404, Api.admin().get("customers/B-1").status(), "nothing was imported");

      // Persian: the wizard starts again in the new language, laid out right to left.
      browser.switchLanguage("fa");
      waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
      browser.await(By.id("importForm:file"));
      browser.screenshot("27-import-fa-rtl");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedOnArrival() throws Exception {
    Path file = Files.createTempFile("excel-tr-", ".csv");
    Files.write(file, "Müşteri No,Ünvan\r\n1,Işık A.Ş.\r\n".getBytes(java.nio.charset.Charset.forName("windows-1254")));
    try {
      signInAsAdmin();
      browser.open("app/import.xhtml");
      upload("Excel (Turkish Windows)", file);
      waiting().until(ExpectedConditions.textToBePresentInElementLocated(
          By.id("importForm:messages"), "The file is not valid UTF-8 (line 1)"));
      assertFalse(browser.driver().findElement(By.id("importForm:next")).isEnabled(), "no file to go on with");
      settled();
      browser.screenshot("28-import-not-utf8");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aRoleThatMayNotImportHasNoEntryAndGetsTheForbiddenPage() {
    Api.newUser("manager.import", "ACCOUNT_MANAGER");
    browser.signIn("manager.import", "pw-manager.import-2026!");
    browser.await(By.id("logoutForm"));
    assertTrue(browser.driver().findElements(By.linkText("Import")).isEmpty(), "no menu entry");
    browser.open("app/import.xhtml");
    assertEquals("You may not open this page", browser.await(By.id("errorHeading")).getText());
  }

  /**
   * Not a test of behaviour but a measurement: the whole IBM telco status and services files
   * through the wizard, when {@code -Dtierwise.it.telco.dir} names the folder that holds them.
   */
  @Test
  @EnabledIfSystemProperty(named = "tierwise.it.telco.dir", matches = ".+")
  void theFullTelcoFilesThroughTheWizard() throws Exception {
    Path folder = Path.of(System.getProperty("tierwise.it.telco.dir"));
    signInAsAdmin();
    browser.open("app/import.xhtml");
    String status = timedImport("IBM Telco – status (full)", folder.resolve("Telco_customer_churn_status.csv"),
        new String[][] {{"external_id", "Customer ID"}, {"name", "Customer ID"}, {"business_value", "CLTV"},
            {"cx_score", "Satisfaction Score"}}, "7,043");
    click("importForm:again");
    String services = timedImport("IBM Telco – services (full)", folder.resolve("Telco_customer_churn_services.csv"),
        new String[][] {{"external_id", "Customer ID"}, {"name", "Customer ID"}, {"revenue", "Total Revenue"}}, "0");
    JsonObject customer = Api.admin().get("customers/8779-QRDMV").json();
    assertEquals(0, customer.getJsonNumber("cxScore").bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(3)),
        "the services file leaves the CX score alone");
    String figures = "status file (7,043 rows): " + status + "\nservices file (7,043 rows): " + services + "\n";
    System.out.print("Import wizard timings\n" + figures);
    Files.writeString(Path.of(System.getProperty("tierwise.it.output", "target"), "import-wizard-timings.txt"), figures);
  }

  /**
   * A measurement as well: a file of a million rows in the telco status shape, named by
   * {@code -Dtierwise.it.million.file}, through the wizard.
   */
  @Test
  @EnabledIfSystemProperty(named = "tierwise.it.million.file", matches = ".+")
  void aMillionRowsThroughTheWizard() throws Exception {
    signInAsAdmin();
    browser.open("app/import.xhtml");
    patience = Duration.ofMinutes(10);
    String figures = "million-row file: " + timedImport("Generated – a million", Path.of(System.getProperty("tierwise.it.million.file")),
        new String[][] {{"external_id", "Customer ID"}, {"name", "Customer ID"}, {"business_value", "CLTV"},
            {"cx_score", "Satisfaction Score"}}, "1,000,000", "1,000,000") + "\n";
    System.out.print("Import wizard timings\n" + figures);
    Files.writeString(Path.of(System.getProperty("tierwise.it.output", "target"), "import-wizard-timings-million.txt"), figures);
  }

  private String timedImport(String source, Path file, String[][] mapping, String created) {
    return timedImport(source, file, mapping, "7,043", created);
  }

  private String timedImport(String source, Path file, String[][] mapping, String rows, String created) {
    long t0 = System.nanoTime();
    upload(source, file);
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("importForm:uploaded"), "received"));
    long t1 = System.nanoTime();
    next();
    for (String[] pair : mapping) {
      select(pair[0], pair[1]);
    }
    long t2 = System.nanoTime();
    click("importForm:toPreview");
    waiting().until(ExpectedConditions.textToBe(By.id("rowCount"), rows));
    assertEquals("0", browser.driver().findElement(By.id("errorCount")).getText());
    long t3 = System.nanoTime();
    click("importForm:import");
    waiting().until(ExpectedConditions.textToBe(By.id("created"), created));
    long t4 = System.nanoTime();
    settled();
    browser.screenshot("26-import-full-" + file.getFileName().toString().replace(".csv", ""));
    return "upload " + ms(t0, t1) + " ms, preview (whole file read and checked) " + ms(t2, t3)
        + " ms, import " + ms(t3, t4) + " ms (server: " + browser.driver().findElement(By.id("importForm:wizard"))
            .getText().replaceAll("(?s).*Import time\\s*", "").replaceAll("(?s)\\s.*", "") + " ms)";
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }

  private void signInAsAdmin() {
    browser.signIn(Api.ADMIN, System.getProperty("tierwise.it.admin.password"));
    browser.await(By.id("logoutForm"));
    // The locale is remembered per user, and another test may have left the admin in Persian.
    browser.switchLanguage("en");
  }

  /** Names the source, then chooses the file: the upload starts at once (auto mode). */
  private void upload(String source, Path file) {
    WebElement sourceInput = browser.await(By.id("importForm:source_input"));
    sourceInput.clear();
    sourceInput.sendKeys(source);
    browser.driver().findElement(By.tagName("h1")).click(); // closes the suggestions
    browser.driver()
        .findElement(By.cssSelector("[id='importForm:file'] input[type='file']"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  private void next() {
    click("importForm:next");
    browser.await(By.id("importForm:mapStep"));
  }

  /** Picks a column in the field's drop-down through its widget, as a click on an item does. */
  private void select(String field, String column) {
    waiting().until(driver -> ((JavascriptExecutor) driver)
        .executeScript("return !!PF('column_" + field + "');"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("PF('column_" + field + "').selectValue(arguments[0]);", column);
  }

  private String selected(String field) {
    return (String) ((JavascriptExecutor) browser.driver())
        .executeScript("return PF('column_" + field + "').getSelectedValue();");
  }

  /** Waits for the button to be there and enabled after the last ajax update, then clicks it. */
  private void click(String id) {
    waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /** Waits until the progress overlays have faded, so screenshots show the page. */
  private void settled() {
    waiting().until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
        "return [...document.querySelectorAll('.ui-blockui, .ui-blockui-content')]"
            + ".every(e => getComputedStyle(e).display === 'none');"));
  }

  private WebDriverWait waiting() {
    WebDriverWait wait = browser.waiting(patience);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  private static Path fixture(String resource) throws URISyntaxException {
    return Path.of(ImportWizardIT.class.getResource(resource).toURI());
  }

  private static void forgetMappings() throws SQLException {
    try (Connection connection = TestDatabase.connect();
        Statement delete = connection.createStatement()) {
      delete.execute("DELETE FROM import_mapping");
      delete.execute("DELETE FROM import_source");
    }
  }

}
