package com.tierwise.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tierwise.tiering.Tier;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which responses open tasks, how soon they are due, and how tasks may move. */
class ClosedLoopRulesTest {

  @Test
  void detractorsGetACallPromotersATestimonialRequestPassivesNothing() {
    assertEquals(Optional.of(TaskType.FOLLOW_UP_CALL), TaskType.forCategory(Nps.Category.DETRACTOR));
    assertEquals(Optional.of(TaskType.TESTIMONIAL_REQUEST), TaskType.forCategory(Nps.Category.PROMOTER));
    assertEquals(Optional.empty(), TaskType.forCategory(Nps.Category.PASSIVE));
  }

  @Test
  void callsAreDueSoonerForMoreImportantCustomers() {
    assertEquals(Duration.ofHours(4), FollowUpTargets.target(TaskType.FOLLOW_UP_CALL, Tier.A, false));
    assertEquals(Duration.ofHours(4), FollowUpTargets.target(TaskType.FOLLOW_UP_CALL, Tier.C, true));
    assertEquals(Duration.ofDays(1), FollowUpTargets.target(TaskType.FOLLOW_UP_CALL, Tier.B, false));
    assertEquals(Duration.ofDays(3), FollowUpTargets.target(TaskType.FOLLOW_UP_CALL, Tier.C, false));
    assertEquals(Duration.ofDays(3), FollowUpTargets.target(TaskType.FOLLOW_UP_CALL, null, false));
    assertEquals(Duration.ofDays(7), FollowUpTargets.target(TaskType.TESTIMONIAL_REQUEST, Tier.A, true));
  }

  @Test
  void tasksMoveOnlyForward() throws Exception {
    assertEquals(TaskStatus.CLAIMED, TaskStatus.OPEN.claim());
    assertEquals(TaskStatus.DONE, TaskStatus.CLAIMED.complete());
    assertEquals(TaskStatus.DONE, TaskStatus.OPEN.complete());
    assertThrows(IllegalTaskTransitionException.class, TaskStatus.CLAIMED::claim);
    assertThrows(IllegalTaskTransitionException.class, TaskStatus.DONE::claim);
    assertThrows(IllegalTaskTransitionException.class, TaskStatus.DONE::complete);
  }

  @Test
  void customersWithoutOwnerGoToTheTeamQueue() {
    assertEquals("cx-team", SurveyRepository.assignee(new CustomerContext(1, "X", null, null, false)));
    assertEquals("cx-team", SurveyRepository.assignee(new CustomerContext(1, "X", " ", null, false)));
    assertEquals("ayse", SurveyRepository.assignee(new CustomerContext(1, "X", "ayse", null, false)));
  }
}
