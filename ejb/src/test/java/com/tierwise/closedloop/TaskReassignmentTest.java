package com.tierwise.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TaskReassignmentTest {

  @Test
  void openAndClaimedTasksCanBeHandedOnDoneOnesNot() throws Exception {
    assertEquals(TaskStatus.OPEN, TaskStatus.OPEN.reassign());
    assertEquals(TaskStatus.OPEN, TaskStatus.CLAIMED.reassign(), "the new assignee claims it again");
    assertThrows(IllegalTaskTransitionException.class, TaskStatus.DONE::reassign);
  }
}
