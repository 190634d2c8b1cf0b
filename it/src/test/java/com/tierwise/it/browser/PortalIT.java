package com.tierwise.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal in a real browser: sign-in, dashboard figures, customer list, Persian RTL. */
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

    browser.driver().findElement(By.cssSelector("#localeForm input[lang='fa']")).click();
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
    assertEquals("fa", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.driver().findElement(By.id("customersForm:customers")).getText().contains("شرکت پارس"));
    browser.screenshot("04-customers-fa-rtl");
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

  private String count(String tier) {
    return browser.driver()
        .findElement(By.cssSelector(".tw-count.tw-tier-" + tier + " .tw-count-value"))
        .getText()
        .trim();
  }
}
