package com.tierwise.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Browser;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Stored cross-site scripting: customer names, survey comments and override justifications
 * carrying script payloads (with right-to-left overrides and Turkish/Arabic/Persian text) are
 * stored through the API, then every page that shows them is opened in Chromium. A payload that
 * ran would set {@code window.__xss} or the title; the text must show as typed. The PDF and XLSX
 * reports carry the text literally.
 */
@ExtendWith(ArquillianExtension.class)
class StoredXssIT {

  static final String SCRIPT = "<script>window.__xss='script';document.title='XSS'</script>";
  static final String IMAGE = "<img src=x onerror=\"window.__xss='img'\">";
  static final String LINK = "javascript:window.__xss='link'";
  static final String SVG = "\"><svg onload=window.__xss='svg'>";
  static final String RTL = "\u202Egnp.exe \u202B";
  static final String MIXED = "Şirket شرکت پارس مصر " + IMAGE;

  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void storedPayloads() {
    TestDatabase.resetCustomers();
    String csv =
        "external_id,name,business_value,cx_score,owner\n"
            + "XSS-1," + quote("Acme " + SCRIPT) + ",100,9,admin\n"
            + "XSS-2," + quote(IMAGE) + ",90,3,admin\n"
            + "XSS-3," + quote(LINK) + ",80,8,admin\n"
            + "XSS-4," + quote(SVG + " " + RTL) + ",70,5,admin\n"
            + "XSS-5," + quote(MIXED) + ",60,2,admin\n"
            + "XSS-6,Plain,50,7,admin\n";
    Api admin = Api.admin();
    assertEquals(200, admin.post("customers/import", "text/csv", csv).status());
    assertEquals(201, admin.postJson("tiering/runs", "").status());
    String responses =
        "[{\"externalId\":\"XSS-2\",\"touchpoint\":\"SERVICE_CALL\",\"score\":2,\"comment\":" + json(SCRIPT + " " + MIXED)
            + ",\"respondedAt\":\"2026-11-01T10:00:00Z\"},"
            + "{\"externalId\":\"XSS-1\",\"touchpoint\":\"WEBSITE_VISIT\",\"score\":10,\"comment\":" + json(SVG + LINK)
            + ",\"respondedAt\":\"2026-11-02T10:00:00Z\"}]";
    Api.Response stored = admin.postJson("surveys/responses", responses);
    assertEquals(201, stored.status(), stored.toString());
    Api.Response override =
        Api.newUser("xss.manager", "ACCOUNT_MANAGER")
            .postJson(
                "overrides",
                "{\"externalId\":\"XSS-5\",\"tier\":\"B\",\"reason\":\"OTHER\",\"justification\":" + json(SCRIPT + IMAGE) + "}");
    assertEquals(201, override.status(), override.toString());
    browser = new Browser();
    browser.signIn(Api.ADMIN, System.getProperty("tierwise.it.admin.password"));
    browser.await(By.id("countsHeading"));
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
    TestDatabase.resetCustomers();
  }

  @Test
  void noPayloadRunsOnAnyPageThatShowsIt() {
    List<String[]> pages =
        List.of(
            new String[] {"app/dashboard.xhtml", null},
            new String[] {"app/customers.xhtml", "Acme " + SCRIPT},
            new String[] {"app/customer.xhtml?id=XSS-1", "Acme " + SCRIPT},
            new String[] {"app/customer.xhtml?id=XSS-2", IMAGE},
            new String[] {"app/customer.xhtml?id=XSS-4", SVG},
            new String[] {"app/customer.xhtml?id=XSS-5", "Şirket شرکت پارس مصر"},
            new String[] {"app/responses.xhtml", SCRIPT},
            new String[] {"app/tasks.xhtml", null},
            new String[] {"app/governance/queue.xhtml", SCRIPT + IMAGE},
            new String[] {"app/governance/hic.xhtml", null},
            new String[] {"app/nps.xhtml", null},
            new String[] {"app/policy.xhtml", null},
            new String[] {"app/governance/hic-profile.xhtml?customer=XSS-1", null});
    int shot = 0;
    for (String[] page : pages) {
      browser.open(page[0]);
      browser.waiting(Duration.ofSeconds(20))
          .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
      sleepForAjax();
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      assertNull(js.executeScript("return window.__xss === undefined ? null : String(window.__xss)"), page[0] + ": a payload ran");
      assertFalse(browser.driver().getTitle().equals("XSS"), page[0] + ": the title was changed by a payload");
      Object injectedElements =
          js.executeScript(
              "return document.querySelectorAll('script:not([src])').length > 0 && "
                  + "Array.from(document.querySelectorAll('script')).some(s => s.textContent.includes('__xss'))"
                  + " || document.querySelectorAll('img[onerror], svg[onload]').length > 0");
      assertEquals(Boolean.FALSE, injectedElements, page[0] + ": a payload became markup");
      if (page[1] != null) {
        String text = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(text.contains(page[1]), page[0] + " shows the text as typed: " + page[1]);
      }
      browser.screenshot("xss-" + (++shot));
    }
  }

  @Test
  void theReportsCarryThePayloadsAsText() throws Exception {
    HttpResponse<byte[]> pdf = Api.admin().getBytes("reports/executive-tier?format=pdf&locale=en");
    assertEquals(200, pdf.statusCode());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("window.__xss='img'"), "the pending override's customer is listed literally: " + text);
    }
    HttpResponse<byte[]> xlsx = Api.admin().getBytes("reports/executive-tier?format=xlsx&locale=en");
    assertEquals(200, xlsx.statusCode());
    AttackSurfaceIT.assertFormulaFreeXlsx(xlsx.body(), IMAGE);
  }

  private static void sleepForAjax() {
    try {
      Thread.sleep(700); // lazy tables and charts load by ajax after the page
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String quote(String cell) {
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  private static String json(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
