package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /customers/import as ACCEPTANCE.md writes it: upsert, all-or-nothing, every bad row named. */
@ExtendWith(ArquillianExtension.class)
class CustomerImportIT {

  private final Api analyst = Api.newUser("analyst.import", "CX_ANALYST");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void emptyDatabase() {
    TestDatabase.resetCustomers();
  }

  @Test
  void importsCreateThenUpdateByExternalId() {
    String csv =
        "\uFEFFExternal_ID,NAME,business_value,cx_score,country,segment,owner\n"
            + "TR-1,İstanbul Işık Gıda A.Ş.,125000.50,9.1,tr,Enterprise,ayse\n"
            + "IR-1,شرکت پارس گستر,-4200,,IR,SMB,reza\n"
            + "SA-1,\"مؤسسة الريان, للتجارة\",,7.5,SA,Mid-market,fatima\n";
    Api.Response first = analyst.post("customers/import", "text/csv; charset=UTF-8", csv);
    assertEquals(200, first.status(), first.toString());
    assertEquals(3, first.json().getInt("created"));
    assertEquals(0, first.json().getInt("updated"));

    JsonObject turkish = analyst.get("customers/TR-1").json();
    assertEquals("İstanbul Işık Gıda A.Ş.", turkish.getString("name"));
    assertEquals("125000.5", turkish.getJsonNumber("businessValue").bigDecimalValue().toPlainString());
    assertEquals("TR", turkish.getString("country"));
    assertEquals(JsonValue.NULL, turkish.get("tier"), "not tiered before a run");

    JsonObject persian = analyst.get("customers/IR-1").json();
    assertEquals("شرکت پارس گستر", persian.getString("name"));
    assertEquals(-4200, persian.getJsonNumber("businessValue").intValue());
    assertEquals(JsonValue.NULL, persian.get("cxScore"), "an empty metric cell is unknown, not zero");

    JsonObject arabic = analyst.get("customers/SA-1").json();
    assertEquals("مؤسسة الريان, للتجارة", arabic.getString("name"));
    assertEquals(JsonValue.NULL, arabic.get("businessValue"));

    String update = "external_id,cx_score\nTR-1,6.5\nNEW-1,8\n";
    Api.Response missingName = analyst.post("customers/import", "text/csv", update);
    assertEquals(422, missingName.status(), "name is a required column: " + missingName);

    Api.Response second =
        analyst.post("customers/import", "text/csv", "external_id,name,cx_score\nTR-1,İstanbul Işık Gıda A.Ş.,6.5\nNEW-1,New Co,8\n");
    assertEquals(200, second.status(), second.toString());
    assertEquals(1, second.json().getInt("created"));
    assertEquals(1, second.json().getInt("updated"));
    JsonObject updated = analyst.get("customers/TR-1").json();
    assertEquals(6.5, updated.getJsonNumber("cxScore").doubleValue());
    assertEquals(
        125000.5,
        updated.getJsonNumber("businessValue").doubleValue(),
        "a column absent from the file leaves the stored value alone");
  }

  @Test
  void aBadFileIsRefusedWholeWithEveryBadRowNamed() {
    analyst.post("customers/import", "text/csv", "external_id,name,business_value\nKEEP-1,Kept,100\n");
    String csv =
        "external_id,name,business_value,share_of_wallet,country,email\n"
            + "OK-1,Fine Ltd,10,0.5,GB,a@b.example\n"
            + "BAD-1,,12,0.4,GB,\n"
            + "BAD-2,Comma Decimal,\"12,5\",1.5,XX,not-an-email\n"
            + "KEEP-1,Would Rename,200,,,\n";
    Api.Response answer = analyst.post("customers/import", "text/csv", csv);
    assertEquals(422, answer.status(), answer.toString());
    JsonArray errors = answer.json().getJsonArray("errors");
    assertTrue(has(errors, 3, "name"), answer.toString());
    assertTrue(has(errors, 4, "business_value"), answer.toString());
    assertTrue(has(errors, 4, "share_of_wallet"), answer.toString());
    assertTrue(has(errors, 4, "country"), answer.toString());
    assertTrue(has(errors, 4, "email"), answer.toString());
    assertEquals(5, errors.size(), answer.toString());

    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM customer"), "nothing was imported");
    assertEquals("Kept", analyst.get("customers/KEEP-1").json().getString("name"), "nothing was updated");
  }

  @Test
  void repeatedIdsInOneFileAreRefused() {
    Api.Response answer =
        analyst.post("customers/import", "text/csv", "external_id,name\nD-1,One\nD-2,Two\nD-1,Again\n");
    assertEquals(422, answer.status(), answer.toString());
    JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
    assertEquals(4, error.getInt("line"));
    assertEquals("external_id", error.getString("column"));
    assertTrue(error.getString("message").contains("line 2"), error.toString());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM customer"));
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedNotStoredAsMojibake() {
    byte[] windows1254 =
        "external_id,name\nTR-9,ŞİŞLİ Ticaret\n".getBytes(Charset.forName("windows-1254"));
    Api.Response answer = analyst.postBytes("customers/import", "text/csv", windows1254);
    assertEquals(422, answer.status(), answer.toString());
    JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
    assertEquals(2, error.getInt("line"));
    assertTrue(error.getString("message").contains("UTF-8"), error.toString());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM customer"));
  }

  @Test
  void headerProblemsAreReportedOnLineOne() {
    Api.Response answer =
        analyst.post("customers/import", "text/csv", "external_id,business_value\nX-1,5\n");
    assertEquals(422, answer.status(), answer.toString());
    JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
    assertEquals(1, error.getInt("line"));
    assertTrue(error.toString().contains("name"), error.toString());
  }

  @Test
  void unknownCustomersAre404() {
    Api.Response answer = analyst.get("customers/NO-SUCH-ID");
    assertEquals(404, answer.status(), answer.toString());
  }

  @Test
  void theCustomerListPagesAndCounts() {
    StringBuilder csv = new StringBuilder("external_id,name,owner\n");
    for (int i = 1; i <= 25; i++) {
      csv.append("P-").append(i).append(",Page ").append(i).append(',').append(i % 2 == 0 ? "even" : "odd").append('\n');
    }
    assertEquals(200, analyst.post("customers/import", "text/csv", csv.toString()).status());
    Api.Response page = analyst.get("customers?limit=10&offset=20");
    assertEquals(200, page.status(), page.toString());
    assertEquals("25", page.header("X-Total-Count"));
    assertEquals(5, page.array().size());
    Api.Response filtered = analyst.get("customers?owner=even&limit=100");
    assertEquals("12", filtered.header("X-Total-Count"));
    assertEquals(400, analyst.get("customers?limit=10001").status());
    assertEquals(400, analyst.get("customers?limit=ten").status());
  }

  @Test
  void turkishAndArabicNameSearchIgnoresLetterVariants() {
    String csv =
        "external_id,name\nS-1,IŞIK İNŞAAT\nS-2,Isik Yapi\nS-3,شركة الكويت\nS-4,Unrelated\n";
    assertEquals(200, analyst.post("customers/import", "text/csv", csv).status());
    assertEquals("2", analyst.get("customers?q=isik").header("X-Total-Count"));
    String persianSpelling = java.net.URLEncoder.encode("کویت", StandardCharsets.UTF_8);
    assertEquals("1", analyst.get("customers?q=" + persianSpelling).header("X-Total-Count"),
        "Persian keheh/yeh find the Arabic kaf/yeh spelling");
  }

  private static boolean has(JsonArray errors, int line, String column) {
    return errors.stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(e -> e.getInt("line") == line && column.equals(e.getString("column", null)));
  }
}
