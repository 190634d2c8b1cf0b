package com.tierwise.tiering;

import java.io.Serializable;
import java.time.Instant;

/** A saved policy: policies are never edited, each change is a new version. */
public record PolicyVersion(
    long id, int version, TieringPolicy policy, String createdBy, Instant createdAt) implements Serializable {}
