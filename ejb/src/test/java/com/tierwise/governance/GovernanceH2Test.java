package com.tierwise.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.hic.HicProfile;
import com.tierwise.hic.HicRefusedException;
import com.tierwise.hic.HicSignals;
import com.tierwise.hic.HicWorkflow;
import com.tierwise.hic.Nomination;
import com.tierwise.hic.NominationInput;
import com.tierwise.hic.NominationStatus;
import com.tierwise.hic.Question;
import com.tierwise.override.OverrideExpiry;
import com.tierwise.override.OverrideRequest;
import com.tierwise.override.Overrides;
import com.tierwise.override.TierOverride;
import com.tierwise.platform.H2Database;
import com.tierwise.platform.H2Jpa;
import com.tierwise.tiering.TieringEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The governance SQL on H2 with the real migrations (the database ./run uses by default; the
 * integration tests cover PostgreSQL): HIC workflow, candidates, queue counts, override expiry and
 * reminders, and the per-customer audit. Worked example: T-20, T-21 tier A; T-12..T-19 tier B.
 */
class GovernanceH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private Connection connection;
  private H2Jpa jpa;
  private HicWorkflow hic;

  @BeforeEach
  void workedExampleWithOneRun() throws Exception {
    connection = H2Database.migrated();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",C").append(i).append(',').append(i).append(',').append(i).append('\n');
    }
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), clock.instant());
    new TieringEngine(connection, clock).run("tester");
    connection.commit();
    jpa = new H2Jpa(connection);
    hic = new HicWorkflow(connection, jpa.em(), clock, 12);
  }

  @AfterEach
  void close() throws Exception {
    jpa.close();
    connection.close();
  }

  private static NominationInput input(String externalId, int score) {
    return new NominationInput(
        externalId,
        Arrays.stream(Question.values()).map(q -> new NominationInput.AnswerInput(q.name(), score, "why " + q)).toList(),
        "Their plant stops without us");
  }

  private boolean hicFlag(String externalId) throws Exception {
    try (PreparedStatement select = connection.prepareStatement("SELECT hic FROM customer WHERE external_id = ?")) {
      select.setString(1, externalId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  @Test
  void approvalMakesAnHicDueForReviewInAYearAndRevocationUndoesIt() throws Exception {
    Nomination pending = hic.nominate(input("T-19", 4), "manager");
    jpa.commit();
    assertEquals(1, new GovernanceQueue(connection).counts(TODAY).pendingNominations());
    assertEquals(HicRefusedException.Kind.INVALID,
        assertThrows(HicRefusedException.class, () -> hic.nominate(input("T-19", 3), "analyst")).kind(),
        "one open nomination per customer");

    Nomination approved = hic.decide(pending.id(), "approve", "clear", "board");
    jpa.commit();
    assertEquals(NominationStatus.APPROVED, approved.status());
    assertEquals(5, approved.answers().size());
    assertTrue(hicFlag("T-19"));
    assertEquals(TODAY.plusMonths(12), hic.repository().membership("T-19").orElseThrow().reviewDue());
    assertEquals(0, new GovernanceQueue(connection).counts(TODAY).dueReviews());
    assertEquals(1, new GovernanceQueue(connection).counts(TODAY.plusMonths(12)).dueReviews());

    hic.review("T-19", "REVOKE", "contract ended", "board");
    assertFalse(hicFlag("T-19"));
    assertTrue(hic.repository().membership("T-19").isEmpty());

    jpa.commit();
    List<String> actions =
        new GovernanceHistory(connection, jpa.em()).forCustomer("T-19").stream().map(AuditRecord::action).toList();
    assertEquals(List.of("NOMINATED", "APPROVE", "APPROVED", "REVOKED"), actions);
  }

  @Test
  void candidatesAndProfilesWorkOnH2() throws Exception {
    assertEquals(List.of("T-21", "T-20", "T-19"),
        hic.repository().candidates(90, 10).stream().map(c -> c.externalId()).toList());
    Nomination pending = hic.nominate(input("T-21", 5), "manager");
    hic.decide(pending.id(), "APPROVE", null, "board");
    HicProfile saved =
        hic.saveProfile("T-21",
            new HicProfile("T-21", "4-hour window", "named engineer",
                List.of(new HicProfile.TeamMember("Ayşe", "account lead", null)), "+90 212 555 01 01", "calls before 9",
                null, null, null),
            "manager");
    assertEquals(0L, saved.version());
    assertEquals("Ayşe", saved.team().get(0).name());
    assertEquals(HicRefusedException.Kind.CONFLICT,
        assertThrows(HicRefusedException.class, () -> hic.saveProfile("T-21",
            new HicProfile("T-21", null, null, List.of(), null, null, null, null, 7L), "board")).kind());
  }

  @Test
  void theRosterSignalsAnUnhappyHicWithALateFollowUpAndNoTeam() throws Exception {
    Nomination pending = hic.nominate(input("T-21", 5), "manager");
    jpa.commit();
    hic.decide(pending.id(), "APPROVE", null, "board");
    jpa.commit();
    try (java.sql.Statement insert = connection.createStatement()) {
      insert.execute("INSERT INTO survey_response (customer_id, touchpoint, score, responded_at, received_at)"
          + " SELECT id, 'SERVICE_CALL', 9, TIMESTAMP WITH TIME ZONE '2026-10-01 10:00:00+00', CURRENT_TIMESTAMP"
          + " FROM customer WHERE external_id = 'T-21'");
      insert.execute("INSERT INTO survey_response (customer_id, touchpoint, score, responded_at, received_at)"
          + " SELECT id, 'SERVICE_CALL', 3, TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00', CURRENT_TIMESTAMP"
          + " FROM customer WHERE external_id = 'T-21'");
      insert.execute("INSERT INTO cx_task (customer_id, response_id, type, status, assignee, due_at, created_at)"
          + " SELECT customer_id, MAX(id), 'FOLLOW_UP_CALL', 'OPEN', 'cx-team', TIMESTAMP WITH TIME ZONE '2026-11-21 10:00:00+00',"
          + " CURRENT_TIMESTAMP FROM survey_response GROUP BY customer_id");
    }
    HicSignals signals = hic.repository().signals(NOW, 10, 0).get("T-21");
    assertEquals(3, signals.lastScore(), "the latest answer, not the best");
    assertEquals(1, signals.openFollowUps());
    assertEquals(1, signals.overdueFollowUps());
    assertEquals(
        List.of(HicSignals.Risk.DETRACTOR, HicSignals.Risk.OVERDUE_FOLLOW_UP, HicSignals.Risk.NO_DEDICATED_TEAM,
            HicSignals.Risk.NO_DIRECT_LINE),
        signals.risks(NOW));
  }

  @Test
  void overridesExpireOnceAndAreRemindedOnce() throws Exception {
    Overrides overrides = new Overrides(connection, jpa.em(), clock);
    TierOverride pending =
        overrides.request(new OverrideRequest("T-19", "A", "LEGACY", "founding customer", "T-20", null), "maker");
    jpa.commit();
    overrides.decide(pending.id(), "APPROVE", null, "checker");
    jpa.commit();
    OverrideExpiry expiry = new OverrideExpiry(connection, jpa.em());

    assertEquals(List.of(), expiry.claimReminders(TODAY, 14, NOW), "a year away");
    LocalDate fortnightBefore = TODAY.plusYears(1).minusDays(10);
    assertEquals(1, expiry.claimReminders(fortnightBefore, 14, NOW).size());
    assertEquals(List.of(), expiry.claimReminders(fortnightBefore, 14, NOW), "once");

    assertEquals(List.of(), expiry.expire(TODAY.plusYears(1), NOW), "holds on its last day");
    assertEquals(List.of(pending.id()), expiry.expire(TODAY.plusYears(1).plusDays(1), NOW));
    assertEquals(List.of(), expiry.expire(TODAY.plusYears(1).plusDays(1), NOW), "once");
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM tier_override_effect");
        ResultSet row = select.executeQuery()) {
      row.next();
      assertEquals(0, row.getLong(1));
    }
    jpa.commit();
    List<AuditRecord> audit = new GovernanceHistory(connection, jpa.em()).forCustomer("T-20");
    assertEquals(List.of("PENDING", "APPROVED", "EXPIRED"), audit.stream().map(AuditRecord::action).toList(),
        "the demoted customer sees the override's trail too");
    assertEquals(List.of("maker", "checker", "system"), audit.stream().map(AuditRecord::actor).toList());
    assertEquals(
        List.of(new FieldChange("status", "APPROVED", "EXPIRED")), audit.get(2).changes(), "only the status moved");
    jpa.close();
  }
}
