package com.tierwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Database failures are told apart by SQLSTATE, through the pool's wrapping. */
class DataAccessFailureTest {

  @Test
  void theCauseComesFromTheSqlState() {
    assertEquals(DataAccessFailure.Cause.UNAVAILABLE, new DataAccessFailure(new SQLException("refused", "08001")).cause());
    assertEquals(DataAccessFailure.Cause.UNAVAILABLE, new DataAccessFailure(new SQLException("shutdown", "57P01")).cause());
    assertEquals(DataAccessFailure.Cause.READ_ONLY, new DataAccessFailure(new SQLException("read-only", "25006")).cause());
    assertEquals(DataAccessFailure.Cause.READ_ONLY, new DataAccessFailure(new SQLException("denied", "42501")).cause());
    assertEquals(DataAccessFailure.Cause.DISK_FULL, new DataAccessFailure(new SQLException("no space", "53100")).cause());
    assertEquals(DataAccessFailure.Cause.OTHER, new DataAccessFailure(new SQLException("syntax", "42601")).cause());
  }

  @Test
  void aWrappedDriverFailureIsFound() {
    // The pool reports "could not get a connection" without a state; the driver's cause has it.
    SQLException pool = new SQLException("IJ031020: unable to obtain connection", null, new RuntimeException(
        new SQLException("Connection to 127.0.0.1:5499 refused", "08001")));
    assertEquals(DataAccessFailure.Cause.UNAVAILABLE, new DataAccessFailure(pool).cause());
    assertEquals(DataAccessFailure.Cause.UNAVAILABLE, DataAccessFailure.classify(new RuntimeException(new java.net.ConnectException())));
  }
}
