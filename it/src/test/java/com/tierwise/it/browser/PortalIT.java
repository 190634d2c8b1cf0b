package com.tierwise.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser: sign-in, dashboard figures, a grid cell's customers and their
 * export, the customer 360 with a note, Persian RTL, the policy what-if and save, and user
 * administration.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void tieredWorkedExample() {
    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",Müşteri İnci ").append(i).append(',').append(i).append(',').append(i).append(",ayse\n");
    }
    csv.append("U-1,شرکت پارس,1000,,reza\n");
    Api admin = Api.admin();
    assertEquals(200, admin.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, admin.postJson("tiering/runs", "").status());
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
    TestDatabase.resetCustomers();
  }

  @Test
  void aSignedInUserSeesTheTiersAndCustomers() {
    browser.open("app/dashboard.xhtml");
    browser.await(By.id("loginForm:username"));
    assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), "protected pages ask for sign-in");
    browser.screenshot("01-login");

    browser.signIn(Api.ADMIN, System.getProperty("tierwise.it.admin.password"));
    browser.await(By.id("countsHeading"));
    assertEquals("2", count("A"));
    assertEquals("8", count("B"));
    assertEquals("11", count("C"));
    List<WebElement> cells = browser.driver().findElements(By.cssSelector("td.tw-cell"));
    assertEquals(9, cells.size(), "the 3x3 grid");
    assertTrue(browser.driver().findElement(By.cssSelector("[id$='gaps']")).getText().contains("1"), "one customer lacks a CX score");
    browser.screenshot("02-dashboard");

    browser.open("app/customers.xhtml");
    browser.await(By.id("customersForm:customers"));
    String table = browser.driver().findElement(By.id("customersForm:customers")).getText();
    assertTrue(table.contains("T-21"), table);
    assertTrue(table.contains("Müşteri İnci 21"), table);
    browser.screenshot("03-customers");

    browser.switchLanguage("fa");
    browser.waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
    assertEquals("fa", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.driver().findElement(By.id("customersForm:customers")).getText().contains("شرکت پارس"));
    browser.screenshot("04-customers-fa-rtl");
  }

  @Test
  void aGridCellListsItsCustomersWhoExportAndOpenTheir360() throws Exception {
    browser.signIn(Api.ADMIN, System.getProperty("tierwise.it.admin.password"));
    inEnglish();
    browser.await(By.id("paretoHeading"));
    // 22 business values 1..21 and 1000: U-1 alone (the top 4.5%) holds 1000 of 1231.
    String pareto = browser.driver().findElement(By.id("paretoTopFifth")).getText();
    assertTrue(pareto.startsWith("The top 20% of customers hold 87%"), pareto);
    assertTrue(
        browser.driver().findElement(By.id("movementsHeading")).isDisplayed()
            && browser.driver().getPageSource().contains("This is the first run"),
        "the first run has no movements to show");
    ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('gridHeading').scrollIntoView();");
    Thread.sleep(1_500); // the charts animate for a second; the screenshot is for people to read
    browser.screenshot("02b-dashboard-grid-pareto");

    // Row HIGH (first), column CX HIGH (third): only T-21 (U-1's 1000 pushes T-20 to business MID).
    browser.driver().findElements(By.cssSelector("td.tw-cell a.tw-cell-link")).get(2).click();
    browser.await(By.id("customersForm:cellBanner"));
    String table = browser.await(By.id("customersForm:customers")).getText();
    assertTrue(table.contains("T-21"), table);
    assertFalse(table.contains("T-20"), table);
    browser.screenshot("08-customers-one-cell");

    browser.driver().findElement(By.id("customersForm:exportCsv")).click();
    List<String> exported = Files.readAllLines(browser.download(".csv"), StandardCharsets.UTF_8);
    assertEquals(2, exported.size(), exported.toString());
    assertTrue(exported.get(0).startsWith("\uFEFFexternal_id,name,business_value,cx_score"), exported.get(0));
    assertTrue(exported.get(1).startsWith("T-21,Müşteri İnci 21,21,21,"), exported.get(1));

    browser.driver().findElement(By.linkText("T-21")).click();
    browser.await(By.id("profileName"));
    assertTrue(browser.driver().findElement(By.id("profileName")).getText().contains("Müşteri İnci 21"));
    assertTrue(browser.driver().findElement(By.id("profileName")).getText().contains("Tier A"));
    assertTrue(browser.driver().findElement(By.id("identity")).getText().contains("ayse"));
    assertTrue(
        browser.driver().findElement(By.id("profileForm:overrides")).getText().contains("No override names this customer"));

    String note = "Sözleşme İzmir'de yenilenecek; ılık karşılama";
    browser.await(By.id("profileForm:newNote")).sendKeys(note);
    browser.driver().findElement(By.id("profileForm:addNote")).click();
    browser.waiting(java.time.Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("profileForm:notesList"), note));
    assertTrue(browser.driver().findElement(By.id("profileForm:notesList")).getText().contains(Api.ADMIN));
    browser.screenshot("09b-customer-360-notes");
    ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
    browser.screenshot("09-customer-360");

    browser.open("app/customer.xhtml?id=NO-SUCH-CUSTOMER");
    assertTrue(browser.await(By.tagName("h1")).getText().contains("No such customer"));
  }

  @Test
  void aWrongPasswordIsRefusedOnThePage() {
    browser.signIn(Api.ADMIN, "wrong-password-123");
    WebElement messages = browser.await(By.id("loginForm:messages"));
    assertTrue(messages.getText().contains("Sign-in failed"), messages.getText());
    assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
  }

  @Test
  void aForbiddenPageAnswersWithTheForbiddenPage() {
    Api.newUser("manager.portal", "ACCOUNT_MANAGER");
    browser.signIn("manager.portal", "pw-manager.portal-2026!");
    browser.await(By.id("content"));
    browser.open("app/admin/users.xhtml");
    WebElement heading = browser.await(By.id("errorHeading"));
    assertEquals("You may not open this page", heading.getText());
    browser.screenshot("05-forbidden");
  }

  @Test
  void anAdminTriesAPolicyThenSavesItAndAddsAUser() {
    browser.signIn(Api.ADMIN, System.getProperty("tierwise.it.admin.password"));
    inEnglish();
    browser.await(By.linkText("Tiering policy")).click();
    browser.await(By.id("policyForm:cxHigh_input"));
    int versionBefore = Api.admin().get("tiering/policy").json().getInt("version");

    // CX high cut 95 -> 90: T-19 (business MID) reaches CX HIGH, and the grid makes MID/HIGH an A.
    ((JavascriptExecutor) browser.driver()).executeScript("PF('cxHigh').setValue(90);");
    browser.driver().findElement(By.id("policyForm:whatIf")).click();
    WebDriverWait rendered =
        browser.waiting(java.time.Duration.ofSeconds(30));
    rendered.ignoring(StaleElementReferenceException.class);
    rendered.until(ExpectedConditions.textToBe(By.cssSelector("#matrix td[data-from='B'][data-to='A']"), "1"));
    rendered.until(ExpectedConditions.textToBePresentInElementLocated(By.id("policyForm:movers"), "T-19"));
    WebElement movers = browser.await(By.id("policyForm:movers"));
    WebElement t19 =
        movers.findElements(By.cssSelector("tbody tr")).stream()
            .filter(row -> row.getText().contains("T-19"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("T-19 is not among the movers: " + movers.getText()));
    List<WebElement> badges = t19.findElements(By.cssSelector(".tw-badge"));
    assertEquals("Tier B", badges.get(0).getText().trim());
    assertEquals("Tier A", badges.get(1).getText().trim());
    assertEquals(versionBefore, Api.admin().get("tiering/policy").json().getInt("version"), "a what-if saves nothing");
    ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('matrixHeading').scrollIntoView();");
    browser.screenshot("06-policy-whatif");

    browser.driver().findElement(By.id("policyForm:save")).click();
    browser.await(By.cssSelector("button.ui-confirmdialog-yes")).click();
    browser.waiting(java.time.Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("policyForm:messages"), "Policy version " + (versionBefore + 1) + " saved"));
    assertEquals(versionBefore + 1, Api.admin().get("tiering/policy").json().getInt("version"));
    // The page re-renders around the message; wait for the re-rendered element, never hold it.
    browser.waiting(java.time.Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBe(By.id("currentVersion"), String.valueOf(versionBefore + 1)));

    String username = "analyst." + (System.currentTimeMillis() % 1_000_000);
    browser.await(By.linkText("Users")).click();
    browser.await(By.id("usersForm:newUser")).click();
    browser.await(By.id("userForm:username")).sendKeys(username);
    browser.driver().findElement(By.id("userForm:password")).sendKeys("pw-analyst-portal-2026!");
    browser.driver().findElements(By.cssSelector("[id='userForm:roles'] .ui-chkbox-box")).get(1).click();
    browser.driver().findElement(By.id("userForm:create")).click();
    browser.waiting(java.time.Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:users"), username));
    assertTrue(
        browser.driver().findElement(By.id("usersForm:users")).getText().contains("CX analyst"),
        "the new user's role is listed");
    browser.screenshot("07-admin-users");

    // The new analyst joins a team under the admin as manager, with a mail address for escalations.
    browser.driver().findElement(By.xpath("//tr[td//bdi[normalize-space()='" + username + "']]//button[contains(@id, ':place')]")).click();
    browser.waitUntil(d -> d.findElement(By.id("placementForm")).getText().contains(username));
    browser.await(By.id("placementForm:team")).sendKeys("Kuzey Bölgesi");
    browser.choose("placementForm:manager", Api.ADMIN);
    browser.driver().findElement(By.id("placementForm:email")).sendKeys("analyst@tierwise.example");
    browser.driver().findElement(By.id("placementForm:savePlacement")).click();
    browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:messages"), username + " placed"));
    browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("placementDialog")));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM app_user u JOIN app_user m ON m.id = u.manager_id"
        + " WHERE u.username = '" + username + "' AND u.team = 'Kuzey Bölgesi' AND m.username = '" + Api.ADMIN + "'"
        + " AND u.email = 'analyst@tierwise.example'"));
  }

  @Test
  void aRoleWithoutTieringGetsTheForbiddenPageForThePolicy() {
    Api.newUser("manager.policy", "ACCOUNT_MANAGER");
    browser.signIn("manager.policy", "pw-manager.policy-2026!");
    browser.await(By.id("logoutForm"));
    assertTrue(browser.driver().findElements(By.linkText("Tiering policy")).isEmpty(), "no menu entry");
    browser.open("app/policy.xhtml");
    assertEquals("You may not open this page", browser.await(By.id("errorHeading")).getText());
  }

  /** The locale is remembered per user, and another test may have left the admin in Persian. */
  private void inEnglish() {
    browser.switchLanguage("en");
  }

  private String count(String tier) {
    return browser.driver()
        .findElement(By.cssSelector(".tw-count.tw-tier-" + tier + " .tw-count-value"))
        .getText()
        .trim();
  }
}
