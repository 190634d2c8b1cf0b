package com.tierwise.hic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;

/**
 * The stored row of a {@link Nomination} and its answers, written through JPA so that Hibernate
 * Envers audits every change (hic_nomination_aud, hic_nomination_answer_aud). The workflow rules
 * stay on the immutable Nomination; lists and pages read with plain JDBC ({@link HicRepository}).
 */
@Entity
@Table(name = "hic_nomination")
@Audited
public class NominationRecord {

  /** One scored answer as stored; a value, compared by all three fields. */
  @Embeddable
  public static class AnswerRow {

    @Column(name = "question", nullable = false)
    private String question;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "explanation", nullable = false)
    private String explanation;

    protected AnswerRow() {}

    AnswerRow(Answer answer) {
      this.question = answer.question().name();
      this.score = answer.score();
      this.explanation = answer.explanation();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof AnswerRow that
          && score == that.score && Objects.equals(question, that.question) && Objects.equals(explanation, that.explanation);
    }

    @Override
    public int hashCode() {
      return Objects.hash(question, score, explanation);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "uniqueness_risk", nullable = false)
  private String uniquenessAndRisk;

  @Column(name = "nominated_by", nullable = false)
  private String nominatedBy;

  @Column(name = "nominated_at", nullable = false)
  private Instant nominatedAt;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_comment")
  private String decisionComment;

  @ElementCollection
  @CollectionTable(name = "hic_nomination_answer", joinColumns = @JoinColumn(name = "nomination_id"))
  private Set<AnswerRow> answers = new HashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected NominationRecord() {}

  static NominationRecord submitted(Nomination pending, long customerId) {
    NominationRecord record = new NominationRecord();
    record.customerId = customerId;
    record.nominatedBy = pending.nominatedBy();
    record.nominatedAt = pending.nominatedAt();
    record.moveTo(pending);
    return record;
  }

  /** Takes the next state the workflow decided on (status, decision, amended answers). */
  void moveTo(Nomination next) {
    status = next.status().name();
    uniquenessAndRisk = next.uniquenessAndRisk();
    decidedBy = next.decidedBy();
    decidedAt = next.decidedAt();
    decisionComment = next.decisionComment();
    Set<AnswerRow> rows = new HashSet<>();
    next.answers().forEach(answer -> rows.add(new AnswerRow(answer)));
    // Only the answers that changed are rewritten (and audited).
    answers.retainAll(rows);
    answers.addAll(rows);
  }

  public Long getId() {
    return id;
  }

  public long getCustomerId() {
    return customerId;
  }

  public String getStatus() {
    return status;
  }

  public String getDecisionComment() {
    return decisionComment;
  }

  /** The audited state as the audit shows it: the fields of the nomination, answers by question. */
  public Map<String, Object> auditedFields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", status);
    List<AnswerRow> sorted = new ArrayList<>(answers);
    sorted.sort(Comparator.comparing(row -> row.question));
    fields.put("totalScore", sorted.stream().mapToInt(row -> row.score).sum());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AnswerRow row : sorted) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("question", row.question);
      answer.put("score", row.score);
      answer.put("explanation", row.explanation);
      rows.add(answer);
    }
    fields.put("answers", rows);
    fields.put("uniquenessAndRisk", uniquenessAndRisk);
    fields.put("nominatedBy", nominatedBy);
    fields.put("decidedBy", decidedBy);
    fields.put("decisionComment", decisionComment);
    return fields;
  }
}
