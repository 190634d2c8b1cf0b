package com.tierwise.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import java.time.Duration;
import jakarta.json.JsonObject;
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

/** The governance board approves a pending tier override in the portal's review queue. */
@ExtendWith(ArquillianExtension.class)
class ReviewQueueIT {

  private static final String BOARD = "board.browser";

  private Browser browser;
  private long overrideId;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void aPendingOverride() {
    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",Customer ").append(i).append(',').append(i).append(',').append(i).append('\n');
    }
    Api admin = Api.admin();
    assertEquals(200, admin.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, admin.postJson("tiering/runs", "").status());
    Api.newUser(BOARD, "GOVERNANCE_BOARD");
    Api manager = Api.newUser("manager.browser", "ACCOUNT_MANAGER");
    Api.Response created =
        manager.postJson(
            "overrides",
            "{\"externalId\":\"T-19\",\"tier\":\"A\",\"reason\":\"INNOVATION_PARTNER\","
                + "\"justification\":\"Co-develops our next line\",\"demoteExternalId\":\"T-20\"}");
    assertEquals(201, created.status(), created.toString());
    overrideId = created.json().getJsonNumber("id").longValue();
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
    TestDatabase.resetCustomers();
  }

  @Test
  void theBoardApprovesAnOverrideInTheQueue() {
    browser.signIn(BOARD, "pw-" + BOARD + "-2026!");
    browser.await(By.id("countsHeading"));
    assertEquals("1", browser.driver().findElement(By.id("queueCount")).getText(), "the menu counts what waits");

    browser.open("app/governance/queue.xhtml");
    String table = browser.await(By.id("queueForm:overrides")).getText();
    assertTrue(table.contains("T-19") && table.contains("T-20"), table);
    browser.screenshot("20-review-queue");

    browser.driver().findElement(By.id("queueForm:overrides:0:comment")).sendKeys("Strong partner, agreed");
    browser.driver().findElement(By.id("queueForm:overrides:0:approve")).click();
    browser.waiting(Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(
            By.id("queueForm:messages"), "Override " + overrideId + ": approved"));
    browser.await(By.id("queueForm:overrides"));
    assertTrue(browser.driver().findElement(By.id("queueForm:overrides")).getText().contains("Nothing waits here."));
    browser.screenshot("21-review-queue-approved");

    JsonObject decided = Api.admin().get("overrides/" + overrideId).json();
    assertEquals("APPROVED", decided.getString("status"));
    assertEquals(BOARD, decided.getString("decidedBy"));
    assertEquals("Strong partner, agreed", decided.getString("decisionComment"));
    assertEquals("A", Api.admin().get("customers/T-19").json().getString("tier"));
  }

  @Test
  void aManagerNominatesASuggestedCandidateAndTheBoardApprovesIt() {
    browser.signIn("manager.browser", "pw-manager.browser-2026!");
    browser.await(By.cssSelector(".tw-user")); // signed in (an account manager's dashboard has no run figures)
    browser.open("app/governance/hic.xhtml");
    String candidates = browser.await(By.id("rosterForm:candidates")).getText();
    assertTrue(candidates.contains("T-21") && candidates.contains("T-20"), candidates);

    browser.driver().findElement(By.id("rosterForm:candidates:0:nominate")).click();
    WebDriverWait wait = browser.waiting(Duration.ofSeconds(20));
    // The form is re-rendered by ajax, then the dialog opens: look the field up afresh each time.
    wait.ignoring(StaleElementReferenceException.class)
        .until(driver -> {
          WebElement nominee = driver.findElement(By.id("nominationForm:nominee"));
          return nominee.isDisplayed() && "T-21".equals(nominee.getDomProperty("value"));
        });
    for (int i = 0; i < 5; i++) {
      scrollTo(By.id("nominationForm:answers:" + i + ":score")).sendKeys("4");
      scrollTo(By.id("nominationForm:answers:" + i + ":explanation")).sendKeys("Seen in the data");
    }
    scrollTo(By.id("nominationForm:statement")).sendKeys("Runs its plant on our parts");
    browser.screenshot("23-hic-nomination");
    click(By.id("nominationForm:submit"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rosterForm:messages"), "sent to the governance board"));

    JsonObject nomination = Api.admin().get("hic/nominations?externalId=T-21").array().getJsonObject(0);
    assertEquals("PENDING", nomination.getString("status"));
    assertEquals("manager.browser", nomination.getString("nominatedBy"));
    assertEquals(20, nomination.getInt("totalScore"));

    browser.driver().manage().deleteAllCookies();
    browser.signIn(BOARD, "pw-" + BOARD + "-2026!");
    browser.await(By.id("countsHeading"));
    browser.open("app/governance/queue.xhtml");
    String nominations = browser.await(By.id("queueForm:nominations")).getText();
    assertTrue(nominations.contains("T-21") && nominations.contains("20/25"), nominations);
    browser.driver().findElement(By.id("queueForm:nominations:0:approve")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("queueForm:messages"), "Nomination " + nomination.getJsonNumber("id").longValue() + ": approved"));
    assertTrue(Api.admin().get("customers/T-21").json().getBoolean("hic"));
    assertEquals("DEDICATED_TEAM", Api.admin().get("customers/T-21/treatment").json().getString("route"));

    // The new HIC is on the roster with what still has to be done for them: no answer yet, no team, no line.
    browser.open("app/governance/hic.xhtml");
    String roster = browser.await(By.id("rosterForm:roster")).getText();
    assertTrue(roster.contains("T-21") && roster.contains("Not heard from") && roster.contains("No dedicated team")
        && roster.contains("No direct line"), roster);
    browser.screenshot("24-hic-roster-signals");
  }

  /** The dialog scrolls inside the window: bring the element into view first. */
  private WebElement scrollTo(By locator) {
    WebElement element = browser.driver().findElement(locator);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  private void click(By locator) {
    scrollTo(locator).click();
  }

  @Test
  void theHicRosterAndTreatmentPagesRender() {
    browser.signIn(BOARD, "pw-" + BOARD + "-2026!");
    browser.await(By.id("countsHeading"));
    browser.open("app/governance/hic.xhtml");
    assertTrue(browser.await(By.id("rosterForm:roster")).getText().contains("No high-impact customers yet."));
    browser.open("app/governance/treatment.xhtml");
    String rules = browser.await(By.id("treatmentForm:rules")).getText();
    assertTrue(rules.contains("High-impact customers") && rules.contains("Tier A"), rules);
    browser.screenshot("22-treatment-policy");
  }
}
