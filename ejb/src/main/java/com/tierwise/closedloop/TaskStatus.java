package com.tierwise.closedloop;

/**
 * The life of a closed-loop task: OPEN until someone claims it, CLAIMED while they work on it,
 * DONE with an outcome. The owner may complete an OPEN task directly; DONE is final. Reassigning
 * an OPEN or CLAIMED task hands it to someone else (or a team queue), OPEN again for them to claim.
 */
public enum TaskStatus {
  OPEN,
  CLAIMED,
  DONE;

  public TaskStatus claim() throws IllegalTaskTransitionException {
    if (this != OPEN) {
      throw new IllegalTaskTransitionException(
          "Only an OPEN task can be claimed; this one is " + this);
    }
    return CLAIMED;
  }

  public TaskStatus reassign() throws IllegalTaskTransitionException {
    if (this == DONE) {
      throw new IllegalTaskTransitionException("A DONE task cannot be reassigned");
    }
    return OPEN;
  }

  public TaskStatus complete() throws IllegalTaskTransitionException {
    if (this == DONE) {
      throw new IllegalTaskTransitionException("The task is already DONE");
    }
    return DONE;
  }
}
