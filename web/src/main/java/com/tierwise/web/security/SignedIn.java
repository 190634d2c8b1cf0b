package com.tierwise.web.security;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/** The portal user kept in the HTTP session after sign-in (serializable for session replication). */
public record SignedIn(String username, Set<String> groups) implements Serializable {

  public static final String ATTRIBUTE = SignedIn.class.getName();

  public SignedIn {
    groups = new HashSet<>(groups);
  }
}
