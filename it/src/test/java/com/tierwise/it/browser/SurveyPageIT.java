package com.tierwise.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.Inbox;
import com.tierwise.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** A customer answers a survey in Persian through the public page, on a phone-sized screen. */
@ExtendWith(ArquillianExtension.class)
class SurveyPageIT {

  @RegisterExtension static final GreenMailExtension SMTP = Inbox.smtp();

  private static final String COMMENT = "پاسخ‌گویی سریع بود، ممنون";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Browser browser;

  @AfterEach
  void clean() {
    if (browser != null) {
      browser.close();
    }
    TestDatabase.resetCustomers();
  }

  @Test
  void aPersianCustomerAnswersThroughThePublicPage() throws Exception {
    TestDatabase.resetCustomers();
    Api admin = Api.admin();
    assertEquals(
        200,
        admin.post("customers/import", "text/csv", "external_id,name,email,owner\nP-1,شرکت پارس,parsa@example.com,reza\n").status());
    Api.Response invited =
        admin.postJson("surveys/invitations", "{\"externalId\":\"P-1\",\"touchpoint\":\"SERVICE_CALL\",\"locale\":\"fa\"}");
    assertEquals(201, invited.status(), invited.toString());
    assertTrue(SMTP.waitForIncomingEmail(15_000, 1));
    String link = Inbox.surveyLink(SMTP.getReceivedMessages()[0]);

    browser = new Browser();
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    browser.driver().get(link); // signed out: the page must not ask for a login
    browser.await(By.id("survey"));
    assertEquals("rtl", browser.driver().findElement(By.tagName("html")).getAttribute("dir"));
    assertEquals("fa", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    // Right to left: 0 on the right, 10 on the left, all eleven on one row of a phone's width.
    int zero = box("score-0").getX();
    int ten = box("score-10").getX();
    assertTrue(zero > ten, "0 is right of 10 in RTL (x of 0: " + zero + ", of 10: " + ten + ")");
    assertEquals(box("score-0").getY(), box("score-10").getY(), "one row");
    assertTrue(browser.driver().findElement(By.id("score")).getText().contains("۱۰"), "Persian digits");
    browser.screenshot("survey-01-persian-form");

    browser.driver().findElement(By.xpath("//input[@id='score-3']/following-sibling::span")).click();
    browser.driver().findElement(By.xpath("//input[@id='csat-2']/following-sibling::span")).click();
    browser.driver().findElement(By.id("comment")).sendKeys(COMMENT);
    browser.driver().findElement(By.id("send")).click();

    browser.await(By.id("message"));
    assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("سپاسگزاریم"));
    assertEquals("rtl", browser.driver().findElement(By.tagName("html")).getAttribute("dir"));
    browser.screenshot("survey-02-persian-thanks");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM survey_response WHERE score = 3"));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM survey_invitation WHERE csat = 2 AND responded_at IS NOT NULL"));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cx_task WHERE type = 'FOLLOW_UP_CALL' AND assignee = 'reza'"));
  }

  private org.openqa.selenium.Rectangle box(String inputId) {
    return browser.driver().findElement(By.xpath("//input[@id='" + inputId + "']/following-sibling::span")).getRect();
  }
}
