package com.tierwise.hic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.governance.AuditRecord;
import com.tierwise.governance.FieldChange;
import com.tierwise.governance.GovernanceHistory;
import com.tierwise.platform.H2Database;
import com.tierwise.platform.H2Jpa;
import com.tierwise.platform.RefusedException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HIC workflow on H2 with the real migrations and Hibernate Envers: every move is one
 * revision naming who made it, and the audit shows each as an action with before and after.
 */
class HicWorkflowH2Test {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
  private Connection connection;
  private H2Jpa jpa;
  private HicWorkflow workflow;

  @BeforeEach
  void customers() throws Exception {
    connection = H2Database.migrated();
    String csv = "external_id,name,business_value,cx_score\nK-1,Kılıç İnşaat,900,80\nK-2,Other,10,10\n";
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), clock.instant());
    connection.commit();
    jpa = new H2Jpa(connection);
    workflow = new HicWorkflow(connection, jpa.em(), clock, 12);
  }

  @AfterEach
  void close() throws Exception {
    jpa.close();
    connection.close();
  }

  private static NominationInput nomination(String externalId, int score) {
    List<NominationInput.AnswerInput> answers = new ArrayList<>();
    for (Question question : Question.values()) {
      answers.add(new NominationInput.AnswerInput(question.name(), score, "because " + question.name().toLowerCase(java.util.Locale.ROOT)));
    }
    return new NominationInput(externalId, answers, "the only customer who runs our product in a hospital");
  }

  private List<AuditRecord> auditOf(String externalId) throws Exception {
    return new GovernanceHistory(connection, jpa.em()).forCustomer(externalId);
  }

  private static List<String> actions(List<AuditRecord> records) {
    return records.stream().map(AuditRecord::action).toList();
  }

  @Test
  void everyMoveOfANominationIsOneRevisionWithBeforeAndAfter() throws Exception {
    long id = workflow.nominate(nomination("K-1", 3), "manager").id();
    jpa.commit();
    workflow.decide(id, "REQUEST_INFO", "How often do they order?", "board");
    jpa.commit();
    Nomination resubmitted = workflow.resubmit(id, nomination(null, 4), "manager");
    jpa.commit();
    assertEquals(20, resubmitted.totalScore());
    workflow.decide(id, "APPROVE", "clear case", "board2");
    jpa.commit();

    List<AuditRecord> trail = new GovernanceHistory(connection, jpa.em()).forSubject(HicWorkflow.NOMINATION, String.valueOf(id));
    assertEquals(List.of("NOMINATED", "REQUEST_INFO", "RESUBMITTED", "APPROVE"), actions(trail));
    assertEquals(List.of("manager", "board", "manager", "board2"), trail.stream().map(AuditRecord::actor).toList());
    assertTrue(trail.stream().allMatch(r -> "K-1".equals(r.externalId()) && r.revision() != null));
    assertNull(trail.get(0).before());
    assertEquals("How often do they order?", trail.get(1).remark());

    AuditRecord amended = trail.get(2);
    assertTrue(amended.before().contains("\"totalScore\":15"), amended.before());
    assertTrue(amended.after().contains("\"totalScore\":20") && amended.after().contains("\"score\":4"), amended.after());
    List<String> changed = amended.changes().stream().map(FieldChange::field).toList();
    assertTrue(changed.containsAll(List.of("status", "totalScore", "answers")), changed.toString());

    AuditRecord approval = trail.get(3);
    assertTrue(approval.before().contains("\"status\":\"PENDING\""), approval.before());
    assertTrue(approval.after().contains("\"status\":\"APPROVED\""), approval.after());
    assertEquals("clear case", approval.remark());

    List<AuditRecord> customer = auditOf("K-1");
    assertEquals(List.of("NOMINATED", "REQUEST_INFO", "RESUBMITTED", "APPROVE", "APPROVED"), actions(customer));
    AuditRecord membership = customer.get(4);
    assertEquals(HicWorkflow.MEMBERSHIP, membership.subject());
    assertEquals("{\"hic\":false}", membership.before());
    assertTrue(membership.after().contains("\"reviewDue\":\"2027-11-22\""), membership.after());
    assertEquals("clear case", membership.remark());
  }

  @Test
  void reviewsRevocationAndProfileAreAuditedWithTheReason() throws Exception {
    long id = workflow.nominate(nomination("K-1", 5), "manager").id();
    jpa.commit();
    workflow.decide(id, "APPROVE", null, "board");
    jpa.commit();
    HicProfile draft = new HicProfile(
        "K-1", "hospital operating theatres", "four-hour fix", List.of(new HicProfile.TeamMember("Ayşe Yılmaz", "account lead", null)),
        "+90 212 555 0101", "Dr. Şahin prefers calls before 9", null, null, null);
    HicProfile saved = workflow.saveProfile("K-1", draft, "manager");
    jpa.commit();
    HicProfile edited = new HicProfile(
        "K-1", draft.demanding(), draft.differentiated(),
        List.of(new HicProfile.TeamMember("Ayşe Yılmaz", "account lead", null), new HicProfile.TeamMember("Reza Karimi", "service engineer", "reza@example.com")),
        draft.directLine(), draft.delivered(), null, null, saved.version());
    workflow.saveProfile("K-1", edited, "manager");
    jpa.commit();
    RefusedException stale = assertThrows(RefusedException.class, () -> workflow.saveProfile("K-1", edited, "other"));
    assertEquals(RefusedException.Kind.CONFLICT, stale.kind());
    jpa.commit();

    workflow.review("K-1", "CONFIRM", "still critical", "board");
    jpa.commit();
    assertNull(workflow.review("K-1", "REVOKE", "Contract ended", "board2"));
    jpa.commit();
    assertFalse(workflow.repository().customer("K-1").orElseThrow().hic());

    List<AuditRecord> customer = auditOf("K-1");
    assertEquals(List.of("NOMINATED", "APPROVE", "APPROVED", "CREATED", "UPDATED", "CONFIRMED", "REVOKED"), actions(customer));
    AuditRecord teamChange = customer.get(4);
    assertEquals(HicWorkflow.PROFILE, teamChange.subject());
    assertEquals(List.of("team"), teamChange.changes().stream().map(FieldChange::field).toList());
    assertTrue(teamChange.after().contains("Reza Karimi") && !teamChange.before().contains("Reza Karimi"), teamChange.after());
    assertEquals("still critical", customer.get(5).remark());
    AuditRecord revoked = customer.get(6);
    assertEquals("board2", revoked.actor());
    assertEquals("Contract ended", revoked.remark());
    assertEquals("{\"hic\":false}", revoked.after());
    assertTrue(revoked.before().contains("\"hic\":true"), revoked.before());
  }

  @Test
  void aRefusedMoveLeavesNoRevision() throws Exception {
    long id = workflow.nominate(nomination("K-2", 2), "manager").id();
    jpa.commit();
    RefusedException own = assertThrows(RefusedException.class, () -> workflow.decide(id, "APPROVE", null, "manager"));
    assertEquals(RefusedException.Kind.FORBIDDEN, own.kind());
    jpa.commit();
    workflow.withdraw(id, "wrong customer", "manager");
    jpa.commit();
    RefusedException closed = assertThrows(RefusedException.class, () -> workflow.decide(id, "REJECT", "late", "board"));
    assertEquals(RefusedException.Kind.CONFLICT, closed.kind());
    jpa.commit();
    assertEquals(List.of("NOMINATED", "WITHDRAWN"), actions(auditOf("K-2")));
    assertEquals("wrong customer", auditOf("K-2").get(1).remark());
  }
}
