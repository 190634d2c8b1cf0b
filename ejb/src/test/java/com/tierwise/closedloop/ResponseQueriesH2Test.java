package com.tierwise.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.platform.H2Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comment search in every script, on H2. */
class ResponseQueriesH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private Connection connection;
  private ResponseQueries queries;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream("external_id,name\nK-1,Kaveh\n".getBytes(StandardCharsets.UTF_8)), NOW);
    SurveyRepository surveys = new SurveyRepository(connection);
    List<ResponseInput> inputs = new ArrayList<>();
    String[] comments = {"İSTANBUL şubesi çok yavaştı", "خدمة ممتازة في الشركة", "پشتیبانی خوب بود", "50% off_code", null};
    int score = 0;
    for (String comment : comments) {
      inputs.add(new ResponseInput("K-1", "SALES_CALL", score, comment, "2026-11-0" + (score + 1) + "T10:00:00Z", true));
      score += 2;
    }
    var outcome = ResponseValidator.validate(inputs, surveys.customers(List.of("K-1")), NOW);
    assertTrue(outcome.valid(), outcome.errors().toString());
    surveys.store(outcome.responses(), NOW);
    queries = new ResponseQueries(connection);
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private List<Integer> scores(String text) throws Exception {
    return queries.search(new ResponseSearch(text, null, null), 100).stream().map(ResponseRow::score).toList();
  }

  @Test
  void searchFindsCommentsWhateverTheKeyboard() throws Exception {
    assertEquals(List.of(0), scores("istanbul"), "İ typed as i");
    assertEquals(List.of(0), scores("IŞUBESI".substring(1)), "dotless and capital I");
    assertEquals(List.of(2), scores("الشركه"), "teh marbuta typed as heh");
    assertEquals(List.of(4), scores("پشتيباني"), "Arabic yeh for Persian yeh");
    assertEquals(List.of(6), scores("50%"), "LIKE wildcards are literal");
    assertEquals(List.of(), scores("_code%x"));
    assertEquals(List.of(8, 6, 4, 2, 0), scores(""), "newest first, without a search");
  }

  @Test
  void filtersByCategoryAndTouchpoint() throws Exception {
    assertEquals(
        List.of(6, 4, 2, 0),
        queries.search(new ResponseSearch(null, Touchpoint.SALES_CALL, Nps.Category.DETRACTOR), 100).stream()
            .map(ResponseRow::score).toList());
    assertEquals(1, queries.search(new ResponseSearch(null, null, Nps.Category.PASSIVE), 100).size());
    assertEquals(0, queries.search(new ResponseSearch(null, null, Nps.Category.PROMOTER), 100).size());
    assertEquals(0, queries.search(new ResponseSearch(null, Touchpoint.WEBSITE_VISIT, null), 100).size());
  }

  @Test
  void commentsStoredBeforeTheColumnAreFoldedByTheBackfill() throws Exception {
    try (var clear = connection.createStatement()) {
      clear.execute("UPDATE survey_response SET search_comment = NULL");
    }
    assertEquals(List.of(), scores("istanbul"));
    assertEquals(3, queries.backfill(3));
    assertEquals(1, queries.backfill(3));
    assertEquals(0, queries.backfill(3), "comment-less responses are left alone");
    assertEquals(List.of(0), scores("istanbul"));
  }
}
