package com.tierwise.jobs;

/** The long jobs the journal records. */
public enum JobKind {
  /** A customer import (REST API or portal wizard); the subject is the file. */
  IMPORT,
  /** A tiering run; the subject is the policy version it ran. */
  TIERING_RUN
}
