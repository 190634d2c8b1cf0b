package com.tierwise.charter;

import java.io.Serializable;
import java.time.Instant;

/** One executive's signature: who, for which role, when, and the content they signed. */
public record CharterSignature(ExperienceOwner role, String signedBy, Instant signedAt, String contentHash) implements Serializable {}
