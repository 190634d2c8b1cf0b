package com.tierwise.governance;

import com.tierwise.platform.RequestContext;
import org.hibernate.envers.RevisionListener;

/**
 * Fills a new revision with the request id of the current thread and, until a service names the
 * user ({@link Revisions#stamp}), the system as the actor: changes nobody named come from timers.
 */
public class AuditRevisionListener implements RevisionListener {

  public static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    AuditRevision revision = (AuditRevision) revisionEntity;
    revision.setUsername(SYSTEM);
    revision.setRequestId(RequestContext.requestId().orElse(null));
  }
}
