package com.tierwise.closedloop;

/**
 * The life of a closed-loop task: OPEN until someone claims it, CLAIMED while they work on it,
 * DONE with an outcome. The owner may complete an OPEN task directly; DONE is final.
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

  public TaskStatus complete() throws IllegalTaskTransitionException {
    if (this == DONE) {
      throw new IllegalTaskTransitionException("The task is already DONE");
    }
    return DONE;
  }
}
