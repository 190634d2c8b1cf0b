package com.tierwise.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseCsvReaderTest {

  private static ResponseCsvReader.Parsed read(String csv) throws Exception {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static ResponseCsvReader.Parsed read(byte[] csv) throws Exception {
    return ResponseCsvReader.read(new ByteArrayInputStream(csv), 3);
  }

  @Test
  void columnsInAnyOrderAndCaseWithBomQuotesAndBlankLines() throws Exception {
    ResponseCsvReader.Parsed parsed =
        read("\uFEFFScore,EXTERNAL_ID,responded_at,touchpoint,comment\n"
            + "9,K-1,2026-11-01T09:30:00Z,SERVICE_CALL,\"Çok iyi, teşekkürler\"\n"
            + "\n"
            + "x,K-2,2026-11-02T09:30:00Z,SALES_CALL,\n");
    assertTrue(parsed.readable(), parsed.problems().toString());
    assertEquals(List.of(2, 4), parsed.lines());
    ResponseInput first = parsed.inputs().get(0);
    assertEquals("K-1", first.externalId());
    assertEquals(new BigDecimal("9"), first.score());
    assertEquals("Çok iyi, teşekkürler", first.comment());
    assertEquals("x", parsed.inputs().get(1).score(), "kept as text for the validator to quote");
    assertEquals(null, parsed.inputs().get(1).comment());
  }

  @Test
  void aBadHeaderNamesEveryColumnAtFault() throws Exception {
    ResponseCsvReader.Parsed parsed = read("external_id,score,score,mood\n");
    assertEquals(
        List.of("score", "mood", "touchpoint", "responded_at"),
        parsed.problems().stream().map(ResponseCsvReader.CsvProblem::column).toList());
    assertTrue(parsed.problems().stream().allMatch(p -> p.line() == 1));
  }

  @Test
  void wrongFieldCountsTooManyRowsAndInvalidUtf8AreReportedByLine() throws Exception {
    ResponseCsvReader.Parsed parsed =
        read("external_id,touchpoint,score,responded_at\nK-1,SALES_CALL,9\nK,S,1,t\nK,S,1,t\nK,S,1,t\nK,S,1,t\n");
    assertEquals(2, parsed.problems().get(0).line());
    assertEquals(6, parsed.problems().get(1).line(), "the fourth row is one too many");

    byte[] windows1254 = "external_id,touchpoint,score,responded_at\nK-1,SALES_CALL,9,ş\n".getBytes(java.nio.charset.Charset.forName("windows-1254"));
    ResponseCsvReader.Parsed notUtf8 = read(windows1254);
    assertEquals(1, notUtf8.problems().size(), notUtf8.problems().toString());
    assertTrue(notUtf8.problems().get(0).message().contains("not valid UTF-8"), notUtf8.problems().toString());
    assertEquals(2, notUtf8.problems().get(0).line());
  }

  @Test
  void anEmptyFileNeedsAHeader() throws Exception {
    assertEquals(1, read("").problems().get(0).line());
  }

  @Test
  void validatorFieldsBecomeColumns() {
    assertEquals("external_id", ResponseCsvReader.column("externalId"));
    assertEquals("responded_at", ResponseCsvReader.column("respondedAt"));
    assertEquals("score", ResponseCsvReader.column("score"));
  }
}
