package com.tierwise.override;

import com.tierwise.platform.RefusedException;
import java.util.List;

/** An override request or decision the rules refuse (see {@link RefusedException}). */
public class OverrideRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public OverrideRefusedException(Kind kind, String message) {
    this(kind, message, List.of(message));
  }

  public OverrideRefusedException(Kind kind, String message, List<String> problems) {
    super(kind, message, problems);
  }

  public static OverrideRefusedException invalid(List<String> problems) {
    return new OverrideRefusedException(
        Kind.INVALID, "The override request is not valid: " + String.join("; ", problems), problems);
  }
}
