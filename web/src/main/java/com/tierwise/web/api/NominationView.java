package com.tierwise.web.api;

import com.tierwise.hic.Answer;
import com.tierwise.hic.Nomination;
import java.time.Instant;
import java.util.List;

/** The JSON shape of an HIC nomination: id and status first, the five answers, the total score. */
public record NominationView(
    long id,
    String status,
    String externalId,
    String customerName,
    List<Answer> answers,
    int totalScore,
    String uniquenessAndRisk,
    String nominatedBy,
    Instant nominatedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionComment,
    long version) {

  static NominationView of(Nomination n) {
    return new NominationView(
        n.id(), n.status().name(), n.externalId(), n.customerName(), n.answers(), n.totalScore(),
        n.uniquenessAndRisk(), n.nominatedBy(), n.nominatedAt(), n.decidedBy(), n.decidedAt(),
        n.decisionComment(), n.version());
  }
}
