package com.tierwise.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
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

/** The NPS dashboard and the closed-loop task pages in a real browser. */
@ExtendWith(ArquillianExtension.class)
class CxPortalIT {

  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** T-20, T-21 tier A; two detractors and a promoter last week, a passive two months ago. */
  @BeforeEach
  void responses() {
    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",Müşteri ").append(i).append(',').append(i).append(',').append(i).append(",ayse\n");
    }
    Api admin = Api.admin();
    assertEquals(200, admin.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, admin.postJson("tiering/runs", "").status());
    String week = Instant.now().minus(Duration.ofDays(7)).toString();
    String months = Instant.now().minus(Duration.ofDays(60)).toString();
    String body =
        "[{\"externalId\":\"T-20\",\"touchpoint\":\"SERVICE_CALL\",\"score\":2,\"respondedAt\":\"" + week + "\"},"
            + "{\"externalId\":\"T-21\",\"touchpoint\":\"SERVICE_CALL\",\"score\":1,\"respondedAt\":\"" + week + "\"},"
            + "{\"externalId\":\"T-1\",\"touchpoint\":\"AFTER_PURCHASE\",\"score\":10,\"comment\":\"İSTANBUL şubesi harika\",\"respondedAt\":\"" + week + "\"},"
            + "{\"externalId\":\"T-1\",\"touchpoint\":\"AFTER_PURCHASE\",\"score\":8,\"respondedAt\":\"" + months + "\"}]";
    assertEquals(201, admin.postJson("surveys/responses", body).status());
    browser = new Browser();
    browser.signIn(Api.ADMIN, System.getProperty("tierwise.it.admin.password"));
    // Signed in before a test opens its page (else the page may race the login's POST: seen on Payara).
    browser.await(By.id("logoutForm"));
  }

  @AfterEach
  void clean() {
    browser.close();
    TestDatabase.resetCustomers();
  }

  private void inEnglish() {
    browser.switchLanguage("en");
  }

  private void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    browser.waiting(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition);
  }

  @Test
  void theNpsDashboardShowsScoreTrendAndBreakdowns() {
    browser.open("app/nps.xhtml");
    inEnglish();
    // 1 promoter, 1 passive, 2 detractors: NPS -25.
    assertEquals("-25", browser.await(By.id("npsScore")).getText().replace('\u2212', '-'));
    assertTrue(browser.driver().findElement(By.cssSelector("#npsForm\\:trendChart canvas")).isDisplayed(), "the trend chart");
    String tiers = browser.driver().findElement(By.id("npsForm:byTier")).getText();
    assertTrue(tiers.contains("Tier A") && tiers.contains("-100"), tiers);
    assertTrue(browser.driver().findElement(By.id("resurvey")).getText().contains("1 customers answered more than once"),
        browser.driver().findElement(By.id("resurvey")).getText());
    browser.screenshot("cx-01-nps-dashboard");

    browser.switchLanguage("fa");
    waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
    assertTrue(browser.await(By.id("npsForm:byTouchpoint")).getText().contains("تماس"), "touchpoints in Persian");
    browser.screenshot("cx-02-nps-dashboard-fa");
    browser.switchLanguage("en");
  }

  @Test
  void tasksAreClaimedAndCompletedWithAnOutcome() {
    browser.open("app/tasks.xhtml");
    inEnglish();
    browser.await(By.id("tasksForm:tasks"));
    assertTrue(browser.driver().findElement(By.id("tasksForm:tasks")).getText().contains("No tasks here"), "admin owns none");
    browser.driver().findElement(By.xpath("//*[@id='tasksForm:scope']//*[normalize-space(text())='Everyone']")).click();
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("tasksForm:tasks"), "T-20"));
    String rows = browser.driver().findElement(By.id("tasksForm:tasks")).getText();
    assertTrue(rows.contains("Follow-up call") && rows.contains("Testimonial request"), rows);
    browser.screenshot("cx-03-tasks-everyone");

    browser.driver().findElement(By.id("tasksForm:tasks:0:claim")).click();
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("tasksForm:messages"), "The task is yours now."));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cx_task WHERE status = 'CLAIMED' AND assignee = 'admin'"));

    browser.driver().findElement(By.id("tasksForm:tasks:0:complete")).click();
    browser.await(By.id("completeForm:outcome")).sendKeys("Geri arandı, sorun çözüldü");
    // What the call found: the support stage failed.
    browser.choose("completeForm:foundStage", "Support");
    browser.driver().findElement(By.id("completeForm:done")).click();
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("tasksForm:messages"), "The task is done."));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cx_task WHERE status = 'DONE' AND outcome = 'Geri arandı, sorun çözüldü'"
        + " AND stage = 'SUPPORT'"));
    browser.screenshot("cx-04-task-done");

    browser.driver().findElement(By.id("tasksForm:tasks:0:reassign")).click();
    browser.await(By.id("reassignForm:assignee")).sendKeys("mehmet");
    browser.driver().findElement(By.id("reassignForm:handOver")).click();
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("tasksForm:messages"), "The task was handed over."));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cx_task WHERE status = 'OPEN' AND assignee = 'mehmet'"));

    // The done task shows what the call found.
    browser.choose("tasksForm:status", "Done");
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("tasksForm:tasks"), "Geri arandı, sorun çözüldü"));
    assertTrue(browser.driver().findElement(By.id("tasksForm:tasks")).getText().contains("Support"),
        browser.driver().findElement(By.id("tasksForm:tasks")).getText());
  }

  @Test
  void commentSearchFindsTurkishWhateverTheKeyboard() {
    browser.open("app/responses.xhtml");
    inEnglish();
    browser.await(By.id("responsesForm:responses"));
    assertTrue(browser.driver().findElement(By.id("responsesForm:responses")).getText().contains("Müşteri 20"));
    browser.driver().findElement(By.id("responsesForm:text")).sendKeys("istanbul SUBESI");
    browser.driver().findElement(By.id("responsesForm:search")).click();
    waitUntil(ExpectedConditions.not(
        ExpectedConditions.textToBePresentInElementLocated(By.id("responsesForm:responses"), "Müşteri 20")));
    String rows = browser.driver().findElement(By.id("responsesForm:responses")).getText();
    assertTrue(rows.contains("İSTANBUL şubesi harika") && rows.contains("Müşteri 1"), rows);
    assertTrue(rows.contains("Order"), "the stage an after-purchase survey is about: " + rows);
    browser.screenshot("cx-05-responses-search");
  }
}
