package com.tierwise.hic;

import com.tierwise.platform.RefusedException;
import java.util.List;

/**
 * A nomination, decision, review or profile the rules refuse (see {@link RefusedException}).
 */
public class HicRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public HicRefusedException(Kind kind, String message) {
    this(kind, message, List.of(message));
  }

  public HicRefusedException(Kind kind, String message, List<String> problems) {
    super(kind, message, problems);
  }

  public static HicRefusedException invalid(String what, List<String> problems) {
    return new HicRefusedException(Kind.INVALID, what + " is not valid: " + String.join("; ", problems), problems);
  }
}
