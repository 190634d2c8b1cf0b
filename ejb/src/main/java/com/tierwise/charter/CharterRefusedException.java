package com.tierwise.charter;

import com.tierwise.platform.RefusedException;
import java.util.List;

/** A charter change the rules refuse (editing a signed version, a second signature for a role...). */
public class CharterRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public CharterRefusedException(Kind kind, String message) {
    super(kind, message, List.of(message));
  }

  public CharterRefusedException(Kind kind, String message, List<String> problems) {
    super(kind, message, problems);
  }

  static CharterRefusedException conflict(String message) {
    return new CharterRefusedException(Kind.CONFLICT, message);
  }

  static CharterRefusedException notFound(int number) {
    return new CharterRefusedException(Kind.NOT_FOUND, "There is no charter version " + number);
  }
}
