package com.tierwise.it.browser;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reports page in a real browser: create a subscription, send it now, see the delivery. */
@ExtendWith(ArquillianExtension.class)
class ReportsPageIT {

  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void open() {
    TestDatabase.execute("UPDATE report_subscription SET active = FALSE");
    browser = new Browser();
  }

  @AfterEach
  void close() {
    browser.close();
    TestDatabase.execute("UPDATE report_subscription SET active = FALSE");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anExecutiveSubscribesAndSendsNow() {
    Api.newUser("exec.portal", "EXECUTIVE");
    browser.signIn("exec.portal", "pw-exec.portal-2026!");
    browser.await(By.cssSelector("nav.tw-nav"));
    browser.open("app/reports.xhtml");
    browser.await(By.id("subscriptionsForm:subscriptions"));
    assertTrue(browser.driver().findElement(By.cssSelector("nav.tw-nav")).getText().contains("Reports"), "in the menu");

    browser.driver().findElement(By.id("subscriptionsForm:newRecipients")).sendKeys("board@it.example");
    var schedule = browser.driver().findElement(By.id("subscriptionsForm:newSchedule"));
    schedule.clear();
    schedule.sendKeys("0 7 * * MON");
    browser.driver().findElement(By.id("subscriptionsForm:subscribe")).click();
    WebDriverWait wait = browser.waiting(Duration.ofSeconds(30));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscriptionsForm:subscriptions"), "board@it.example"));
    browser.screenshot("reports-01-subscribed");

    browser.driver().findElement(By.id("subscriptionsForm:subscriptions:0:sendNow")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscriptionsForm:messages"), "Delivery"));
    // The delivery renders and archives in the background; a fresh page load shows it once done.
    String history = "";
    for (int attempt = 0; attempt < 60 && !history.contains("executive-tier-"); attempt++) {
      sleep(1000);
      browser.open("app/reports.xhtml");
      history = browser.await(By.id("subscriptionsForm:deliveries")).getText();
    }
    assertTrue(history.contains("executive-tier-"), history);
    // No SMTP server listens in this test: the failure and the archived file are both visible.
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(By.id("subscriptionsForm:deliveries")));
    browser.screenshot("reports-02-delivery");
  }
}
