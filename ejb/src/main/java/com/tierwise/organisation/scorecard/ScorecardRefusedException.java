package com.tierwise.organisation.scorecard;

import com.tierwise.platform.RefusedException;
import java.util.List;

/** A metric owner or target that is refused; nothing changed. */
public class ScorecardRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public ScorecardRefusedException(String message, List<String> problems) {
    super(Kind.INVALID, message, problems);
  }
}
