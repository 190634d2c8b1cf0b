package com.tierwise.it.browser;

import static com.tierwise.it.support.Nominations.nomination;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The two profile pages in a browser: a note written on a customer's page, and an HIC's four
 * pillars with its dedicated team kept on the HIC profile page.
 */
@ExtendWith(ArquillianExtension.class)
class ProfilePagesIT {

  private static final String MANAGER = "manager.profiles";

  private final Api manager = Api.newUser(MANAGER, "ACCOUNT_MANAGER");
  private final Api board = Api.newUser("board.profiles", "GOVERNANCE_BOARD");
  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void customersWithOneRun() {
    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("P-").append(i).append(",Müşteri ").append(i).append(',').append(i).append(',').append(i).append('\n');
    }
    assertEquals(200, Api.admin().post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, Api.admin().postJson("tiering/runs", "").status());
    browser = new Browser();
    browser.signIn(MANAGER, "pw-" + MANAGER + "-2026!");
    browser.await(By.id("logoutForm"));
  }

  @AfterEach
  void clean() {
    browser.close();
    TestDatabase.resetCustomers();
  }

  @Test
  void aNoteWrittenOnTheCustomerPageIsListedWithItsAuthor() {
    browser.open("app/customer.xhtml?id=P-19");
    browser.switchLanguage("en");
    String note = "İzmir şubesini ziyaret etti; بازدید از شعبه";
    browser.await(By.id("profileForm:newNote")).sendKeys(note);
    browser.driver().findElement(By.id("profileForm:addNote")).click();
    browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("profileForm:notesList"), note));
    assertTrue(browser.driver().findElement(By.id("profileForm:notesList")).getText().contains(MANAGER), "the author");
    assertEquals("", browser.driver().findElement(By.id("profileForm:newNote")).getAttribute("value"), "the box is emptied");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM customer_note WHERE body = '" + note + "' AND author = '" + MANAGER + "'"));
    browser.screenshot("profile-01-customer-note");
  }

  @Test
  void anHicsPillarsAndDedicatedTeamAreKeptOnItsProfilePage() {
    Api.Response nominated = manager.postJson("hic/nominations", nomination("P-19", 4));
    assertEquals(201, nominated.status(), nominated.toString());
    long id = nominated.json().getJsonNumber("id").longValue();
    assertEquals(200, board.postJson("hic/nominations/" + id + "/decision", "{\"decision\":\"APPROVE\"}").status());

    browser.open("app/governance/hic-profile.xhtml?customer=P-19");
    browser.switchLanguage("en");
    browser.await(By.id("profileForm:demanding")).sendKeys("The plant stops within 4 hours without our parts");
    browser.driver().findElement(By.id("profileForm:differentiated")).sendKeys("Expects a named engineer on site");
    browser.driver().findElement(By.id("profileForm:directLine")).sendKeys("+90 212 555 01 01");
    browser.driver().findElement(By.id("profileForm:addMember")).click();
    browser.await(By.id("profileForm:team:0:memberName")).sendKeys("Ayşe Yılmaz");
    browser.driver().findElement(By.id("profileForm:team:0:memberRole")).sendKeys("account lead");
    browser.driver().findElement(By.id("profileForm:addMember")).click();
    browser.await(By.id("profileForm:team:1:memberName")).sendKeys("Omid Rahimi");
    browser.driver().findElement(By.id("profileForm:team:1:memberRole")).sendKeys("service engineer");
    browser.driver().findElement(By.id("profileForm:save")).click();
    browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("profileForm:messages"), "Profile saved"));
    String shown = browser.driver().findElement(By.id("profileForm:messages")).getText();
    assertEquals(1, shown.split("Profile saved", -1).length - 1, "the confirmation is shown once: " + shown);
    browser.screenshot("profile-02-hic-team");

    JsonObject profile = manager.get("hic/customers/P-19/profile").json();
    assertEquals("+90 212 555 01 01", profile.getString("directLine"));
    JsonArray team = profile.getJsonArray("team");
    assertEquals(2, team.size(), team.toString());
    assertEquals("Ayşe Yılmaz", team.getJsonObject(0).getString("name"));
    assertEquals("service engineer", team.getJsonObject(1).getString("role"));

    // The first member leaves the team: removed in the table, saved again.
    browser.driver().findElement(By.cssSelector("[id='profileForm:team:0:remove']")).click();
    browser.waitUntil(d -> d.findElements(By.id("profileForm:team:1:memberName")).isEmpty());
    browser.driver().findElement(By.id("profileForm:save")).click();
    browser.waitUntil(d -> manager.get("hic/customers/P-19/profile").json().getJsonArray("team").size() == 1);
    assertEquals("Omid Rahimi",
        manager.get("hic/customers/P-19/profile").json().getJsonArray("team").getJsonObject(0).getString("name"));
  }
}
