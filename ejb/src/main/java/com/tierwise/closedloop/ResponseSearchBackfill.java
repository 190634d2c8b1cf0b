package com.tierwise.closedloop;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * Folds the comments of responses stored before migration V42 so comment search finds them; a
 * batch per transaction, and nothing to do on every later start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ResponseSearchBackfill {

  private static final Logger LOG = Logger.getLogger(ResponseSearchBackfill.class.getName());

  @EJB private ClosedLoopService closedLoop;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each batch commits on its own
  void foldOldComments() {
    long folded = 0;
    for (int done = closedLoop.foldOldComments(1000); done > 0; done = closedLoop.foldOldComments(1000)) {
      folded += done;
    }
    if (folded > 0) {
      long total = folded;
      LOG.info(() -> "Folded " + total + " survey comments for search");
    }
  }
}
