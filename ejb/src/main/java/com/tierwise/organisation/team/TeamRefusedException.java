package com.tierwise.organisation.team;

import com.tierwise.platform.RefusedException;
import java.util.List;

/** A change of team, manager or mail address that is refused as a whole; nothing changed. */
public class TeamRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public TeamRefusedException(Kind kind, String message, List<String> problems) {
    super(kind, message, problems);
  }
}
