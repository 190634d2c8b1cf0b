package com.tierwise.tiering;

/**
 * How many customers went from one tier to another since the previous run. {@code from} is
 * NONE for customers not present in the previous run; UNTIERED stands for no tier.
 */
public record Movement(String from, String to, long customers) {

  public static final String NONE = "NONE";
  public static final String UNTIERED = "UNTIERED";

  public boolean changed() {
    return !from.equals(to);
  }
}
