package com.tierwise.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Recreates the tests' database schema once, before the server under test first starts. */
public class FreshSchema implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("tierwise.it.db.url") == null) {
      return; // not a failsafe run
    }
    try {
      TestDatabase.recreateSchema();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL must run on 127.0.0.1:5432 with database test (see README)", e);
    }
  }
}
