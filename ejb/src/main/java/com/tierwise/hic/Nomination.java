package com.tierwise.hic;

import static com.tierwise.platform.RefusedException.Kind.CONFLICT;
import static com.tierwise.platform.RefusedException.Kind.FORBIDDEN;
import static com.tierwise.platform.RefusedException.Kind.INVALID;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A nomination of a customer as high-impact, and its life: the nominator submits it (PENDING);
 * a board member other than the nominator approves it, rejects it with a reason, or asks for
 * more information (INFO_REQUESTED), after which the nominator amends and resubmits it or
 * withdraws it. Immutable: every move returns the next state or refuses with the reason.
 */
public record Nomination(
    Long id,
    String externalId,
    String customerName,
    List<Answer> answers,
    String uniquenessAndRisk,
    String nominatedBy,
    Instant nominatedAt,
    NominationStatus status,
    String decidedBy,
    Instant decidedAt,
    String decisionComment,
    long version) implements Serializable {

  public Nomination {
    answers = List.copyOf(answers);
  }

  public static Nomination submit(
      String externalId, String customerName, List<Answer> answers, String uniquenessAndRisk, String by, Instant now) {
    return new Nomination(
        null, externalId, customerName, answers, uniquenessAndRisk, by, now, NominationStatus.PENDING,
        null, null, null, 0);
  }

  /** The sum of the five scores, 0..25: a quick sense of how strong the case is. */
  public int totalScore() {
    return answers.stream().mapToInt(Answer::score).sum();
  }

  public Nomination approve(String by, String comment, Instant now) throws HicRefusedException {
    checkDecidable(by);
    return decided(NominationStatus.APPROVED, by, comment, now);
  }

  /** A rejection always says why, so the nominator can learn from it. */
  public Nomination reject(String by, String reason, Instant now) throws HicRefusedException {
    checkDecidable(by);
    requireText(reason, "a rejection needs a reason in the comment");
    return decided(NominationStatus.REJECTED, by, reason, now);
  }

  public Nomination requestInformation(String by, String whatIsMissing, Instant now) throws HicRefusedException {
    checkDecidable(by);
    requireText(whatIsMissing, "a request for more information must say what is missing in the comment");
    return decided(NominationStatus.INFO_REQUESTED, by, whatIsMissing, now);
  }

  /** The nominator answers a request for information with amended answers; back to the board. */
  public Nomination resubmit(String by, List<Answer> amended, String statement, Instant now) throws HicRefusedException {
    if (status != NominationStatus.INFO_REQUESTED) {
      throw new HicRefusedException(
          CONFLICT, "Nomination " + id + " is " + status + "; only one the board asked about can be resubmitted");
    }
    checkNominator(by, "resubmit");
    return new Nomination(
        id, externalId, customerName, amended, statement, nominatedBy, nominatedAt, NominationStatus.PENDING,
        decidedBy, decidedAt, decisionComment, version);
  }

  public Nomination withdraw(String by, String comment, Instant now) throws HicRefusedException {
    if (!status.open()) {
      throw new HicRefusedException(CONFLICT, "Nomination " + id + " is already " + status);
    }
    checkNominator(by, "withdraw");
    return decided(NominationStatus.WITHDRAWN, by, comment, now);
  }

  private void checkDecidable(String by) throws HicRefusedException {
    if (status != NominationStatus.PENDING) {
      throw new HicRefusedException(
          CONFLICT,
          "Nomination " + id + " is " + status + (decidedBy == null ? "" : " (by " + decidedBy + ")")
              + "; only a pending nomination can be decided");
    }
    if (by.equals(nominatedBy)) {
      throw new HicRefusedException(
          FORBIDDEN,
          "Nomination " + id + " was made by " + by
              + "; another member of the governance board must decide it (maker-checker)");
    }
  }

  private void checkNominator(String by, String verb) throws HicRefusedException {
    if (!by.equals(nominatedBy)) {
      throw new HicRefusedException(
          FORBIDDEN, "Only " + nominatedBy + ", who made nomination " + id + ", may " + verb + " it");
    }
  }

  private static void requireText(String text, String problem) throws HicRefusedException {
    if (text == null || text.isBlank()) {
      throw new HicRefusedException(INVALID, problem);
    }
    if (text.length() > NominationInput.MAX_TEXT) {
      throw new HicRefusedException(INVALID, "comment must be at most " + NominationInput.MAX_TEXT + " characters");
    }
  }

  private Nomination decided(NominationStatus next, String by, String comment, Instant now) {
    return new Nomination(
        id, externalId, customerName, answers, uniquenessAndRisk, nominatedBy, nominatedAt, next, by, now,
        comment, version);
  }
}
