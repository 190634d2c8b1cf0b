package com.tierwise.governance;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;

/** The Envers revision of the current transaction. */
public final class Revisions {

  private Revisions() {}

  /**
   * Names the user who makes this transaction's audited changes. Envers writes its revision at
   * commit, after the service has returned, so the user is set on the revision itself now.
   */
  public static void stamp(EntityManager em, String user) {
    AuditRevision revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, false);
    revision.setUsername(user);
  }
}
