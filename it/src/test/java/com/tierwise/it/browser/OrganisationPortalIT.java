package com.tierwise.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.Inbox;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The organisation pages and the survey editor in a browser: Turkish glossary search, the journey
 * map right to left in Persian, and an Arabic survey text from the editor's preview to the mail.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationPortalIT {

  @RegisterExtension static final GreenMailExtension SMTP = Inbox.smtp();

  private static final String USER = "analyst.orgportal";
  private static final String ARABIC_TITLE = "رأيك في مكالمة الخدمة يهمنا";

  private final Api analyst = Api.newUser(USER, "CX_ANALYST");
  private Browser browser;
  private String originalServiceCall;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @AfterEach
  void clean() {
    if (browser != null) {
      browser.close();
    }
    if (originalServiceCall != null) {
      assertEquals(200, analyst.putJson("surveys/definitions/SERVICE_CALL", originalServiceCall).status());
    }
    TestDatabase.execute("DELETE FROM glossary_term WHERE slug = 'it-browser-term'");
    TestDatabase.execute("DELETE FROM journey_touchpoint");
    TestDatabase.execute("DELETE FROM persona");
    TestDatabase.resetCustomers();
  }

  private void signIn(String language) {
    browser = new Browser();
    browser.signIn(USER, "pw-" + USER + "-2026!");
    browser.switchLanguage(language);
  }

  private <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
    // An ajax update may replace an element between finding and reading it: look again.
    return browser.waiting(Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  /** The names shown, read in one script call so an ajax update in between cannot leave them stale. */
  @SuppressWarnings("unchecked")
  private List<String> termNames() {
    return (List<String>) ((JavascriptExecutor) browser.driver())
        .executeScript(
            "return Array.from(document.querySelectorAll('[id=\"glossaryForm:results\"] .tw-term-name'))"
                + ".map(e => e.textContent.trim());");
  }

  private void search(String query) {
    WebElement box = browser.await(By.id("glossaryForm:q"));
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    browser.driver().findElement(By.id("glossaryForm:q")).sendKeys(query);
  }

  @Test
  void glossarySearchInTurkishFindsDottedAndDotlessI() {
    signIn("tr");
    browser.open("app/organisation/glossary.xhtml");
    browser.await(By.id("glossaryForm:q"));
    assertTrue(termNames().size() >= 20, termNames().toString());

    search("iş metriği"); // typed without the dot of İ
    waitFor(d -> !termNames().isEmpty() && termNames().get(0).equals("İş metriği"));
    browser.screenshot("organisation-01-glossary-tr-is-metrigi");

    search("KAPALI"); // capital I for the dotless ı
    waitFor(d -> !termNames().isEmpty() && termNames().get(0).equals("Kapalı döngü"));
    waitFor(d -> d.findElement(By.id("term-closed-loop")).getText().contains("Kötüleyen")); // related terms in Turkish
    browser.screenshot("organisation-02-glossary-tr-kapali");

    // A new term with only its English name: every other field is marked, per language.
    browser.driver().findElement(By.id("glossaryForm:newTerm")).click();
    browser.await(By.id("glossaryForm:slug")).sendKeys("it-browser-term");
    browser.driver().findElement(By.cssSelector("fieldset[lang='en'] input")).sendKeys("Churn");
    browser.driver().findElement(By.id("glossaryForm:save")).click();
    waitFor(d -> d.findElements(By.cssSelector("#glossaryForm\\:editor .tw-field-error")).size() >= 7);
    String persianErrors = browser.driver().findElement(By.cssSelector("fieldset[lang='fa']")).getText();
    assertTrue(persianErrors.contains("Bu alan zorunludur."), "the reason in the page's language: " + persianErrors);
    assertEquals("rtl", browser.driver().findElement(By.cssSelector("fieldset[lang='fa']")).getAttribute("dir"));
    browser.screenshot("organisation-06-glossary-errors");
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM glossary_term WHERE slug = 'it-browser-term'"));

    // Every language filled in: the term is saved and the editor closes.
    Map<String, String[]> texts = Map.of(
        "en", new String[] {"Churn", "Customers who leave in a period."},
        "tr", new String[] {"Kayıp oranı", "Bir dönemde ayrılan müşteriler."},
        "ar", new String[] {"معدل التسرب", "العملاء الذين يغادرون خلال فترة."},
        "fa", new String[] {"ریزش مشتری", "مشتریانی که در یک دوره می‌روند."});
    texts.forEach((language, text) -> {
      WebElement name = browser.driver().findElement(By.cssSelector("fieldset[lang='" + language + "'] input"));
      name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      name.sendKeys(text[0]);
      browser.driver().findElement(By.cssSelector("fieldset[lang='" + language + "'] textarea")).sendKeys(text[1]);
    });
    browser.driver().findElement(By.id("glossaryForm:save")).click();
    waitFor(d -> d.findElement(By.id("glossaryForm:messages")).getText().contains("kaydedildi"));
    assertTrue(browser.driver().findElements(By.id("glossaryForm:editor")).isEmpty(), "the editor closes");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM glossary_term WHERE slug = 'it-browser-term'"));
  }

  @Test
  void theJourneyMapRendersRightToLeftInPersian() {
    long persona =
        analyst.postJson(
                "personas",
                "{\"name\":\"مریم احمدی\",\"segment\":\"TIER_A\",\"needs\":[\"پاسخ سریع\"],\"channels\":[\"PHONE\"]}")
            .json().getJsonNumber("id").longValue();
    assertEquals(201, analyst.postJson("journey/touchpoints",
        "{\"stage\":\"INTEREST\",\"touchpoint\":\"WEBSITE_VISIT\",\"owner\":\"CCBMX\",\"survey\":\"WEBSITE_VISIT\",\"personaIds\":[" + persona + "]}").status());
    assertEquals(201, analyst.postJson("journey/touchpoints",
        "{\"stage\":\"RETURNS\",\"label\":\"میز مرجوعی\",\"owner\":\"CCSX\",\"personaIds\":[" + persona + "]}").status());

    signIn("fa");
    browser.open("app/organisation/journey.xhtml");
    browser.await(By.id("journeyMap"));
    assertEquals("rtl", browser.driver().findElement(By.tagName("html")).getAttribute("dir"));
    WebElement interest = browser.driver().findElement(By.cssSelector("th[data-stage='INTEREST']"));
    WebElement support = browser.driver().findElement(By.cssSelector("th[data-stage='SUPPORT']"));
    assertEquals("علاقه", interest.getText());
    assertTrue(interest.getRect().getX() > support.getRect().getX(),
        "the first stage is on the right in Persian (x " + interest.getRect().getX() + " vs " + support.getRect().getX() + ")");
    String desk = browser.driver().findElement(By.cssSelector("tr[data-owner='CCSX'] td[data-stage='RETURNS']")).getText();
    assertTrue(desk.contains("میز مرجوعی"), desk);
    String website = browser.driver().findElement(By.cssSelector("tr[data-owner='CCBMX'] td[data-stage='INTEREST']")).getText();
    assertTrue(website.contains("مم") || website.contains("ما"), "persona initials: " + website);
    assertTrue(website.contains("در این دوره پاسخی نیست"), "no responses yet, in Persian: " + website);
    browser.screenshot("organisation-03-journey-map-fa");

    browser.open("app/organisation/personas.xhtml");
    String card = browser.await(By.id("persona-" + persona)).getText();
    assertTrue(card.contains("مریم احمدی") && card.contains("پاسخ سریع") && card.contains("تلفن"), card);
    assertEquals("ما", browser.driver().findElement(By.cssSelector("#persona-" + persona + " .tw-avatar")).getText());
    browser.screenshot("organisation-07-personas-fa");
  }

  @Test
  void aPersonaIsAddedAndEditedInThePortalAndOneRemovedMeanwhileIsReportedAsGone() {
    signIn("en");
    browser.open("app/organisation/personas.xhtml");
    browser.await(By.id("personasForm:newPersona")).click();
    browser.await(By.id("personasForm:name")).sendKeys("Ayşe Yılmaz");
    browser.driver().findElement(By.id("personasForm:needs")).sendKeys("A named advisor\nAnswers within a day");
    browser.driver().findElement(By.id("personasForm:save")).click();
    waitFor(d -> d.findElement(By.id("personasForm:messages")).getText().contains("“Ayşe Yılmaz” was saved."));
    assertTrue(browser.driver().findElements(By.id("personasForm:editor")).isEmpty(), "the editor closes");
    long id = TestDatabase.count("SELECT id FROM persona WHERE name = 'Ayşe Yılmaz'");
    String card = browser.await(By.id("persona-" + id)).getText();
    assertTrue(card.contains("A named advisor") && card.contains("Answers within a day"), card);
    assertEquals("AY", browser.driver().findElement(By.cssSelector("#persona-" + id + " .tw-avatar")).getText());

    // Opened for editing here, removed by someone else meanwhile: the save says so, keeps the editor open.
    browser.driver().findElement(By.cssSelector("#persona-" + id + " a[id$=':edit']")).click();
    WebElement name = browser.await(By.id("personasForm:name"));
    waitFor(d -> "Ayşe Yılmaz".equals(d.findElement(By.id("personasForm:name")).getAttribute("value")));
    assertEquals(204, analyst.delete("personas/" + id).status());
    name.sendKeys(" Kaya");
    browser.driver().findElement(By.id("personasForm:save")).click();
    waitFor(d -> d.findElement(By.id("personasForm:messages")).getText()
        .contains("That persona no longer exists; someone removed it."));
    assertFalse(browser.driver().findElements(By.id("personasForm:editor")).isEmpty(), "the editor stays open");
    String shown = browser.driver().findElement(By.id("personasForm:messages")).getText();
    assertEquals(1, shown.split("no longer exists", -1).length - 1, "said once: " + shown);
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM persona WHERE name LIKE 'Ayşe%'"));
    browser.screenshot("organisation-08-persona-gone");
  }

  @Test
  void aTouchpointIsAddedToTheJourneyMapInThePortalWithItsPersona() {
    long persona =
        analyst.postJson("personas", "{\"name\":\"Zeynep Işık\",\"segment\":\"TIER_B\"}")
            .json().getJsonNumber("id").longValue();
    signIn("en");
    browser.open("app/organisation/journey.xhtml");
    browser.await(By.id("journeyForm:newTouchpoint")).click();
    browser.await(By.id("journeyForm:label")).sendKeys("Returns desk in the flagship store");
    browser.choose("journeyForm:stage", "Returns");
    browser.choose("journeyForm:owner", "Service (CCSX)");
    browser.driver().findElement(By.xpath("//label[normalize-space()='Zeynep Işık']")).click();
    browser.driver().findElement(By.id("journeyForm:save")).click();
    waitFor(d -> d.findElement(By.id("journeyForm:messages")).getText().contains("The touchpoint was saved."));
    String cell = browser.await(By.cssSelector("tr[data-owner='CCSX'] td[data-stage='RETURNS']")).getText();
    assertTrue(cell.contains("Returns desk in the flagship store") && cell.contains("ZI"), cell);
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM journey_touchpoint WHERE stage = 'RETURNS' AND owner = 'CCSX'"
        + " AND label = 'Returns desk in the flagship store'"));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM journey_persona WHERE persona_id = " + persona));
    browser.screenshot("organisation-09-journey-added");

    // Removed from the map after the confirmation.
    browser.driver().findElement(By.cssSelector("tr[data-owner='CCSX'] td[data-stage='RETURNS'] a[id$=':delete']")).click();
    browser.await(By.cssSelector("button.ui-confirmdialog-yes")).click();
    waitFor(d -> d.findElement(By.id("journeyForm:messages")).getText().contains("The touchpoint was removed."));
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM journey_touchpoint WHERE label = 'Returns desk in the flagship store'"));
    assertFalse(browser.await(By.cssSelector("tr[data-owner='CCSX'] td[data-stage='RETURNS']")).getText()
        .contains("Returns desk in the flagship store"));
  }

  @Test
  void anArabicSurveyTextEditedInThePortalShowsInThePreviewAndOnThePublicPage() throws Exception {
    JsonObject serviceCall =
        analyst.get("surveys/definitions").array().getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("touchpoint").equals("SERVICE_CALL")).findFirst().orElseThrow();
    originalServiceCall =
        "{\"csatEnabled\":" + serviceCall.getBoolean("csatEnabled") + ",\"cesEnabled\":" + serviceCall.getBoolean("cesEnabled")
            + ",\"active\":true,\"texts\":" + serviceCall.getJsonObject("texts") + "}";

    signIn("en");
    browser.open("app/surveys.xhtml?touchpoint=SERVICE_CALL");
    browser.await(By.id("surveysForm:editor"));
    browser.driver().findElement(By.xpath("//ul[@role='tablist']//a[contains(., 'العربية')]")).click();
    waitFor(d -> "ar".equals(d.findElement(By.id("previewFrame")).getAttribute("data-locale")));

    WebElement title = browser.await(By.cssSelector("input[id$='title_ar']"));
    assertEquals("rtl", title.findElement(By.xpath("ancestor::div[@lang='ar']")).getAttribute("dir"));
    title.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    browser.driver().findElement(By.cssSelector("input[id$='title_ar']")).sendKeys(ARABIC_TITLE);
    waitFor(d -> d.findElement(By.id("previewFrame")).getAttribute("srcdoc").contains(ARABIC_TITLE));

    browser.driver().switchTo().frame(browser.driver().findElement(By.id("previewFrame")));
    assertEquals(ARABIC_TITLE, browser.driver().findElement(By.tagName("h1")).getText());
    assertEquals("rtl", browser.driver().findElement(By.tagName("html")).getAttribute("dir"));
    int zero = browser.driver().findElement(By.xpath("//input[@id='score-0']/following-sibling::span")).getRect().getX();
    int ten = browser.driver().findElement(By.xpath("//input[@id='score-10']/following-sibling::span")).getRect().getX();
    assertTrue(zero > ten, "0 right of 10 in the Arabic preview");
    browser.driver().switchTo().defaultContent();
    browser.screenshot("organisation-04-survey-editor-ar-preview");

    browser.driver().findElement(By.id("surveysForm:save")).click();
    waitFor(d -> d.findElement(By.id("surveysForm:messages")).getText().contains("saved"));

    assertEquals(200, analyst.post("customers/import", "text/csv", "external_id,name,email,country\nAR-1,شركة الخليج,gulf@example.com,AE\n").status());
    Api.Response invited = analyst.postJson("surveys/invitations", "{\"externalId\":\"AR-1\",\"touchpoint\":\"SERVICE_CALL\"}");
    assertEquals(201, invited.status(), invited.toString());
    assertEquals("ar", invited.json().getString("locale"));
    assertTrue(SMTP.waitForIncomingEmail(15_000, 1));
    browser.driver().get(Inbox.surveyLink(SMTP.getReceivedMessages()[0]));
    browser.await(By.id("survey"));
    assertEquals(ARABIC_TITLE, browser.driver().findElement(By.tagName("h1")).getText());
    assertEquals("rtl", browser.driver().findElement(By.tagName("html")).getAttribute("dir"));
    browser.screenshot("organisation-05-public-survey-ar");
  }
}
