package com.tierwise.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
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
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The CCBMX signs a charter draft in the portal, then the CCSX (in Persian), and it is in effect. */
@ExtendWith(ArquillianExtension.class)
class CharterPageIT {

  private static final String CCBMX = "ccbmx.browser";
  private static final String CCSX = "ccsx.browser";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static void resetCharter() {
    TestDatabase.execute("DELETE FROM charter_signature");
    TestDatabase.execute("DELETE FROM charter_cell");
    TestDatabase.execute("DELETE FROM charter_version");
  }

  /** A draft with two cells, started and filled by a CX analyst through the API. */
  @BeforeEach
  void aDraft() {
    resetCharter();
    Api.newUser(CCBMX, "CCBMX");
    Api.newUser(CCSX, "CCSX");
    Api analyst = Api.newUser("analyst.charterpage", "CX_ANALYST");
    Api.Response draft = analyst.postJson("charter/versions", "");
    assertEquals(201, draft.status(), draft.toString());
    Api.Response cells =
        analyst.putJson(
            "charter/versions/1/cells",
            "[{\"stage\":\"INTEREST\",\"segment\":\"HIC\",\"desiredExperience\":\"معرفی شخصی توسط تیم حساب\","
                + "\"owner\":\"CCBMX\",\"metric\":\"NPS\",\"target\":60},"
                + "{\"stage\":\"RETURNS\",\"segment\":\"C\",\"desiredExperience\":\"Free returns label, refund within a week\","
                + "\"owner\":\"CCSX\",\"metric\":\"DETRACTOR_SHARE\",\"target\":25}]");
    assertEquals(200, cells.status(), cells.toString());
  }

  @AfterEach
  void clean() {
    resetCharter();
  }

  private static void waitUntil(Browser browser, ExpectedCondition<?> condition) {
    browser.waiting(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition);
  }

  private static Browser signedIn(String user) {
    Browser browser = new Browser();
    browser.signIn(user, "pw-" + user + "-2026!");
    browser.await(By.id("logoutForm"));
    return browser;
  }

  private static void switchTo(Browser browser, String language) {
    browser.switchLanguage(language);
  }

  @Test
  void anAnalystFillsAnEmptyCellOfTheDraftTypingPersianDigits() {
    try (Browser analyst = signedIn("analyst.charterpage")) {
      analyst.open("app/charter.xhtml");
      switchTo(analyst, "en");
      // Pre-order (second row) for tier A (second segment column).
      analyst.await(By.cssSelector("#openMatrix tbody tr:nth-child(2) td:nth-of-type(2) a.tw-charter-edit")).click();
      waitUntil(analyst, ExpectedConditions.textToBePresentInElementLocated(By.id("charterForm:stage_label"), "Pre-order"));
      waitUntil(analyst, ExpectedConditions.textToBePresentInElementLocated(By.id("charterForm:segment_label"), "Tier A"));
      analyst.driver().findElement(By.id("charterForm:experience")).sendKeys("A named advisor prepares the offer");
      analyst.driver().findElement(By.id("charterForm:target")).sendKeys("۵۰");
      analyst.driver().findElement(By.id("charterForm:saveCell")).click();
      waitUntil(analyst, ExpectedConditions.textToBePresentInElementLocated(By.id("charterForm:messages"), "The cell is saved in the draft."));
      assertEquals(1, TestDatabase.count(
          "SELECT COUNT(*) FROM charter_cell WHERE stage = 'PRE_ORDER' AND segment = 'A' AND target = 50 AND owner = 'CCBMX'"));
      assertTrue(analyst.await(By.id("openMatrix")).getText().contains("A named advisor prepares the offer"));
      assertTrue(analyst.driver().findElements(By.id("charterForm:signCCBMX")).isEmpty(), "an analyst does not sign");
    }
  }

  @Test
  void theCcbmxThenTheCcsxSignAndTheCharterIsInEffect() {
    try (Browser marketing = signedIn(CCBMX)) {
      marketing.open("app/charter.xhtml");
      switchTo(marketing, "en");
      assertTrue(marketing.await(By.id("noEffective")).getText().contains("No charter version is in effect"));
      String open = marketing.await(By.id("charterForm:openVersion")).getText();
      assertTrue(open.contains("Version 1 being agreed") && open.contains("awaiting signature"), open);
      assertTrue(marketing.driver().findElements(By.id("charterForm:signCCSX")).isEmpty(), "the CCBMX cannot sign for the CCSX");
      // The first version adds every cell: both are marked as added.
      assertEquals(2, marketing.driver().findElements(By.cssSelector("#openMatrix td.tw-diff-ADDED")).size());

      marketing.driver().findElement(By.id("charterForm:signCCBMX")).click();
      marketing.await(By.cssSelector("button.ui-confirmdialog-yes")).click();
      waitUntil(marketing, ExpectedConditions.textToBePresentInElementLocated(
          By.id("charterForm:messages"), "It takes effect when the other executive signs it too."));
      String signed = marketing.await(By.id("signatures")).getText();
      assertTrue(signed.contains("signed by " + CCBMX), signed);
      assertTrue(marketing.driver().findElements(By.id("charterForm:signCCBMX")).isEmpty(), "signed once");
      assertTrue(marketing.driver().findElement(By.id("openStatus")).getText().contains("waiting for the other"));
      assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM charter_version WHERE status = 'PARTLY_SIGNED'"));
    }

    try (Browser service = signedIn(CCSX)) {
      service.open("app/charter.xhtml");
      switchTo(service, "fa");
      assertEquals("rtl", service.driver().findElement(By.tagName("html")).getAttribute("dir"));
      service.await(By.id("charterForm:signCCSX")).click();
      service.await(By.cssSelector("button.ui-confirmdialog-yes")).click();
      waitUntil(service, ExpectedConditions.visibilityOfElementLocated(By.id("effectiveMatrix")));
      String matrix = service.driver().findElement(By.id("effectiveMatrix")).getText();
      assertTrue(matrix.contains("معرفی شخصی توسط تیم حساب") && matrix.contains("مرجوعی"), matrix);
      String state = service.driver().findElement(By.id("effectiveState")).getText();
      assertTrue(state.contains("نسخه") && state.contains("۱"), state);
      assertTrue(service.driver().findElement(By.id("effectiveSignatures")).getText().contains(CCBMX));
      assertTrue(service.driver().findElements(By.id("charterForm:openVersion")).isEmpty(), "nothing left to sign");
      service.screenshot("charter-01-effective-fa");
      switchTo(service, "en");
    }
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM charter_version WHERE status = 'EFFECTIVE' AND version_number = 1"));
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM charter_signature"));
  }

  @Test
  void theCcsxAbandonsAVersionTheyDoNotAgreeWithAndItStaysInTheHistory() {
    Api.Response first = Api.as(CCBMX, "pw-" + CCBMX + "-2026!").postJson("charter/versions/1/signatures", "{\"revision\":1}");
    assertEquals(201, first.status(), first.toString());
    try (Browser service = signedIn(CCSX)) {
      service.open("app/charter.xhtml");
      switchTo(service, "en");
      service.await(By.id("charterForm:abandonReason")).sendKeys("İade hedefi gerçekçi değil");
      service.driver().findElement(By.id("charterForm:abandon")).click();
      service.await(By.cssSelector("button.ui-confirmdialog-yes")).click();
      waitUntil(service, ExpectedConditions.textToBePresentInElementLocated(
          By.id("charterForm:messages"), "Version 1 was abandoned. A new draft can start."));
      assertTrue(service.driver().findElements(By.id("charterForm:openVersion")).isEmpty(), "nothing left to sign");
      String history = service.await(By.id("charterForm:history")).getText();
      assertTrue(history.contains("Abandoned") && history.contains("by " + CCSX + ": İade hedefi gerçekçi değil"), history);
      service.screenshot("charter-02-abandoned");
    }
    assertEquals(1, TestDatabase.count(
        "SELECT COUNT(*) FROM charter_version WHERE status = 'ABANDONED' AND abandoned_by = '" + CCSX + "'"));
  }
}
