package com.tierwise.override;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.platform.H2Database;
import com.tierwise.platform.H2Jpa;
import com.tierwise.tiering.Tier;
import com.tierwise.tiering.TieringEngine;
import com.tierwise.tiering.TieringRunSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The override workflow on H2 with the real migrations, on the worked example of TieringIT:
 * T-20 and T-21 are tier A, T-12..T-19 tier B, T-1..T-11 tier C, U-1 untiered.
 */
class OverridesH2Test {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
  private Connection connection;
  private H2Jpa jpa;
  private Overrides overrides;

  @BeforeEach
  void workedExampleWithOneRun() throws Exception {
    connection = H2Database.migrated();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",C").append(i).append(',').append(i).append(',').append(i).append('\n');
    }
    csv.append("U-1,No CX,1000,\n");
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), clock.instant());
    new TieringEngine(connection, clock).run("tester");
    connection.commit();
    jpa = new H2Jpa(connection);
    overrides = new Overrides(connection, jpa.em(), clock);
  }

  @AfterEach
  void close() throws Exception {
    jpa.close();
    connection.close();
  }

  /** Requested and committed: one transaction per call, as in the server (one revision each). */
  private TierOverride promoteT19() throws Exception {
    TierOverride pending = overrides.request(
        new OverrideRequest("T-19", "A", "INNOVATION_PARTNER", "co-develops our next product", "T-20", null),
        "maker");
    jpa.commit();
    return pending;
  }

  private long tierACount() throws Exception {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM tier_assignment WHERE tier = 'A'"
                    + " AND run_id = (SELECT MAX(id) FROM tiering_run)");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void approvalSwapsBothTiersAtOnceAndKeepsTheSizeOfTierA() throws Exception {
    TierOverride pending = promoteT19();
    assertEquals(OverrideStatus.PENDING, pending.status());
    assertEquals("T-20", pending.demoteExternalId());
    assertEquals(2, tierACount());

    TierOverride approved = overrides.decide(pending.id(), "approve", "a real partner", "checker");
    assertEquals(OverrideStatus.APPROVED, approved.status());
    assertEquals(java.time.LocalDate.of(2027, 11, 22), approved.expiresAt());
    assertEquals(Tier.A, overrides.currentTier("T-19").orElseThrow());
    assertEquals(Tier.B, overrides.currentTier("T-20").orElseThrow());
    assertEquals(2, tierACount());
    jpa.commit();

    OverrideDetails details = overrides.find(pending.id()).orElseThrow();
    assertEquals(
        List.of(OverrideStatus.PENDING, OverrideStatus.APPROVED),
        details.trail().stream().map(AuditEntry::toStatus).toList());
    assertEquals("checker", details.trail().get(1).actor());
    assertEquals(OverrideStatus.PENDING, details.trail().get(1).fromStatus());
  }

  @Test
  void anApprovalWithoutDemotionChangesOnlyThatCustomer() throws Exception {
    // Found by the cluster check: an override outside tier A (no one-out) failed to apply.
    TierOverride pending =
        overrides.request(new OverrideRequest("T-3", "B", "OTHER", "key reference account", null, null), "maker");
    TierOverride approved = overrides.decide(pending.id(), "APPROVE", null, "checker");
    assertEquals(OverrideStatus.APPROVED, approved.status());
    assertEquals(Tier.B, overrides.currentTier("T-3").orElseThrow());
    assertEquals(Tier.C, overrides.currentTier("T-4").orElseThrow());
    assertEquals(2, tierACount());
  }

  @Test
  void anApprovedOverrideWinsInEveryLaterRunUntilItExpires() throws Exception {
    TierOverride pending = promoteT19();
    overrides.decide(pending.id(), "APPROVE", null, "checker");
    TieringRunSummary next = new TieringEngine(connection, clock).run("tester");
    assertEquals(2, next.counts().get("A"));
    assertEquals(2, next.overridden(), "T-19 promoted and T-20 demoted");
    assertEquals(Tier.A, overrides.currentTier("T-19").orElseThrow());
    assertEquals(Tier.B, overrides.currentTier("T-20").orElseThrow());
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.external_id, a.computed_tier FROM tier_assignment a JOIN customer c ON c.id = a.customer_id"
                + " WHERE a.run_id = ? AND c.external_id IN ('T-19', 'T-20') ORDER BY c.external_id")) {
      select.setLong(1, next.id());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        assertEquals("B", row.getString(2), "computed tier of T-19 stays as computed");
        row.next();
        assertEquals("A", row.getString(2), "computed tier of T-20 stays as computed");
      }
    }

    Clock afterExpiry = Clock.fixed(Instant.parse("2027-11-23T10:00:00Z"), ZoneOffset.UTC);
    assertEquals(0, new TieringEngine(connection, afterExpiry).run("tester").overridden());
    assertEquals(Tier.B, overrides.currentTier("T-19").orElseThrow());
    assertEquals(Tier.A, overrides.currentTier("T-20").orElseThrow());
  }

  @Test
  void aRejectionChangesNoTier() throws Exception {
    TierOverride rejected = overrides.decide(promoteT19().id(), "REJECT", "not yet", "checker");
    assertEquals(OverrideStatus.REJECTED, rejected.status());
    assertEquals("not yet", rejected.decisionComment());
    assertEquals(Tier.B, overrides.currentTier("T-19").orElseThrow());
    new TieringEngine(connection, clock).run("tester");
    assertEquals(Tier.B, overrides.currentTier("T-19").orElseThrow());
  }

  @Test
  void selfDecisionSecondDecisionAndUnknownIdsAreRefused() throws Exception {
    long id = promoteT19().id();
    assertEquals(
        OverrideRefusedException.Kind.FORBIDDEN,
        assertThrows(OverrideRefusedException.class, () -> overrides.decide(id, "APPROVE", null, "maker")).kind());
    overrides.decide(id, "APPROVE", null, "checker");
    assertEquals(
        OverrideRefusedException.Kind.CONFLICT,
        assertThrows(OverrideRefusedException.class, () -> overrides.decide(id, "REJECT", null, "other")).kind());
    assertEquals(
        OverrideRefusedException.Kind.NOT_FOUND,
        assertThrows(OverrideRefusedException.class, () -> overrides.decide(999, "APPROVE", null, "checker")).kind());
    assertEquals(
        OverrideRefusedException.Kind.INVALID,
        assertThrows(OverrideRefusedException.class, () -> overrides.decide(id, "MAYBE", null, "checker")).kind());
  }

  @Test
  void invalidRequestsNameEveryProblem() {
    OverrideRefusedException unknown =
        assertThrows(
            OverrideRefusedException.class,
            () -> overrides.request(new OverrideRequest("NOPE-1", "A", "LEGACY", "why", "T-20", null), "maker"));
    assertEquals(OverrideRefusedException.Kind.INVALID, unknown.kind());
    assertTrue(unknown.problems().contains("unknown customer NOPE-1"), unknown.problems().toString());

    OverrideRefusedException noDemotion =
        assertThrows(
            OverrideRefusedException.class,
            () -> overrides.request(new OverrideRequest("T-19", "A", "LEGACY", "why", null, null), "maker"));
    assertTrue(noDemotion.getMessage().contains("requires demoteExternalId"), noDemotion.getMessage());

    OverrideRefusedException notInA =
        assertThrows(
            OverrideRefusedException.class,
            () -> overrides.request(new OverrideRequest("T-19", "A", "LEGACY", "why", "T-12", null), "maker"));
    assertTrue(notInA.getMessage().contains("T-12 named to leave tier A is currently in tier B"), notInA.getMessage());

    OverrideRefusedException fields =
        assertThrows(
            OverrideRefusedException.class,
            () -> overrides.request(new OverrideRequest(null, "D", "GUT_FEELING", " ", null, "soon"), "maker"));
    assertEquals(5, fields.problems().size(), fields.problems().toString());
  }

  @Test
  void anApprovalThatNoLongerFitsIsAConflict() throws Exception {
    TierOverride first = promoteT19();
    TierOverride second =
        overrides.request(new OverrideRequest("T-18", "A", "LEGACY", "long history", "T-20", null), "maker");
    overrides.decide(first.id(), "APPROVE", null, "checker");
    OverrideRefusedException stale =
        assertThrows(OverrideRefusedException.class, () -> overrides.decide(second.id(), "APPROVE", null, "checker"));
    assertEquals(OverrideRefusedException.Kind.CONFLICT, stale.kind());
    assertTrue(stale.getMessage().contains("T-20 named to leave tier A is currently in tier B"), stale.getMessage());
  }
}
