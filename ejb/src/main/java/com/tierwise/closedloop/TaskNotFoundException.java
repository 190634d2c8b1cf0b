package com.tierwise.closedloop;

/** No task with the id asked for. */
@jakarta.ejb.ApplicationException(rollback = true)
public class TaskNotFoundException extends Exception {

  public TaskNotFoundException(long id) {
    super("No task " + id);
  }
}
