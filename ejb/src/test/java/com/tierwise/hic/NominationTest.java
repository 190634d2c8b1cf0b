package com.tierwise.hic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NominationTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  static List<Answer> answers(int score) {
    return Arrays.stream(Question.values()).map(q -> new Answer(q, score, "because " + q)).toList();
  }

  private static Nomination pending() {
    Nomination submitted = Nomination.submit("C-1", "Acme", answers(4), "Runs its plant on our service", "manager", NOW);
    return new Nomination(
        7L, submitted.externalId(), submitted.customerName(), submitted.answers(), submitted.uniquenessAndRisk(),
        submitted.nominatedBy(), submitted.nominatedAt(), submitted.status(), null, null, null, 0);
  }

  @Test
  void theBoardApprovesAndTheScoreIsTheSumOfTheFive() throws HicRefusedException {
    Nomination approved = pending().approve("board", "clear case", NOW);
    assertEquals(NominationStatus.APPROVED, approved.status());
    assertEquals("board", approved.decidedBy());
    assertEquals(20, approved.totalScore());
  }

  @Test
  void theNominatorMayNotDecideTheirOwnNomination() {
    HicRefusedException refused =
        assertThrows(HicRefusedException.class, () -> pending().approve("manager", null, NOW));
    assertEquals(HicRefusedException.Kind.FORBIDDEN, refused.kind());
  }

  @Test
  void aRejectionAndARequestForInformationMustSayWhy() {
    assertEquals(HicRefusedException.Kind.INVALID,
        assertThrows(HicRefusedException.class, () -> pending().reject("board", " ", NOW)).kind());
    assertEquals(HicRefusedException.Kind.INVALID,
        assertThrows(HicRefusedException.class, () -> pending().requestInformation("board", null, NOW)).kind());
  }

  @Test
  void askedForInformationTheNominatorAmendsAndTheBoardDecidesAgain() throws HicRefusedException {
    Nomination asked = pending().requestInformation("board", "How often do they buy?", NOW);
    assertEquals(NominationStatus.INFO_REQUESTED, asked.status());
    assertEquals(HicRefusedException.Kind.CONFLICT,
        assertThrows(HicRefusedException.class, () -> asked.approve("board2", null, NOW)).kind(),
        "the board waits for the amendment");
    assertEquals(HicRefusedException.Kind.FORBIDDEN,
        assertThrows(HicRefusedException.class, () -> asked.resubmit("someone", answers(5), "x", NOW)).kind());

    Nomination resubmitted = asked.resubmit("manager", answers(5), "Weekly orders, plant stops without us", NOW);
    assertEquals(NominationStatus.PENDING, resubmitted.status());
    assertEquals(25, resubmitted.totalScore());
    assertEquals(NominationStatus.APPROVED, resubmitted.approve("board", null, NOW).status());
  }

  @Test
  void aDecidedNominationCannotBeDecidedOrWithdrawnAgain() throws HicRefusedException {
    Nomination rejected = pending().reject("board", "one-off purchase", NOW);
    assertEquals(HicRefusedException.Kind.CONFLICT,
        assertThrows(HicRefusedException.class, () -> rejected.approve("board2", null, NOW)).kind());
    assertEquals(HicRefusedException.Kind.CONFLICT,
        assertThrows(HicRefusedException.class, () -> rejected.withdraw("manager", null, NOW)).kind());
  }

  @Test
  void onlyTheNominatorWithdraws() throws HicRefusedException {
    assertEquals(HicRefusedException.Kind.FORBIDDEN,
        assertThrows(HicRefusedException.class, () -> pending().withdraw("board", null, NOW)).kind());
    assertEquals(NominationStatus.WITHDRAWN, pending().withdraw("manager", "duplicate", NOW).status());
  }

  @Test
  void inputReportsEveryProblemWithItsField() {
    NominationInput input =
        new NominationInput(
            " ",
            List.of(
                new NominationInput.AnswerInput("SHARE_OF_BUSINESS", 6, "big"),
                new NominationInput.AnswerInput("loyalty", 3, " "),
                new NominationInput.AnswerInput("LOYALTY", 3, "again"),
                new NominationInput.AnswerInput("WEATHER", null, "sunny")),
            null);
    List<String> problems = input.problems(true);
    assertTrue(problems.contains("externalId is required"), problems.toString());
    assertTrue(problems.contains("answers[0] (SHARE_OF_BUSINESS).score must be between 0 and 5, not 6"), problems.toString());
    assertTrue(problems.contains("answers[1] (LOYALTY).explanation is required: say why this score"), problems.toString());
    assertTrue(problems.contains("answers[2] (LOYALTY): the question is answered more than once"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("answers[3].question must be one of")), problems.toString());
    assertTrue(problems.contains("answers: question RISK_OF_NON_DELIVERY is not answered"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("uniquenessAndRisk is required")), problems.toString());
  }

  @Test
  void completeInputHasNoProblemsAndParsesInQuestionOrder() {
    List<NominationInput.AnswerInput> sent =
        Arrays.stream(Question.values()).map(q -> new NominationInput.AnswerInput(q.name(), 2, "why")).toList();
    List<NominationInput.AnswerInput> reversed = new java.util.ArrayList<>(sent);
    java.util.Collections.reverse(reversed);
    NominationInput input = new NominationInput("C-1", reversed, "unique");
    assertEquals(List.of(), input.problems(true));
    assertEquals(Question.SHARE_OF_BUSINESS, input.parsedAnswers().get(0).question());
  }
}
