package com.tierwise.platform;

import java.sql.SQLException;

/**
 * A database failure no caller can fix; it rolls the transaction back and answers 503/500. Its
 * {@link #cause()} says, without any SQL, what the database did, for the API and the job journal.
 */
public class DataAccessFailure extends RuntimeException {

  /** What went wrong, in words a user can act on; never SQL or table names. */
  public enum Cause {
    /** The connection failed or the server is shutting down or starting: try again shortly. */
    UNAVAILABLE("The database is not available right now; nothing was changed. Try again shortly."),
    /** A read-only database, transaction or user: writes are refused until an operator changes it. */
    READ_ONLY(
        "The database refused to write (it is read-only for Tierwise, or its user may not write);"
            + " nothing was changed. Ask an operator to restore write access."),
    /** The database server's disk (or a configured limit on it) is full. */
    DISK_FULL(
        "The database refused to write because its disk is full; nothing was changed. Ask an"
            + " operator to free space, then try again."),
    /** Anything else: logged with the details on the server. */
    OTHER("The database failed to complete the request; nothing was changed.");

    private final String message;

    Cause(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }

    /** Whether trying again later (without an operator) may succeed. */
    public boolean transientFailure() {
      return this == UNAVAILABLE;
    }
  }

  private final Cause cause;

  public DataAccessFailure(SQLException cause) {
    super(cause.getMessage(), cause);
    this.cause = classify(cause);
  }

  public Cause cause() {
    return cause;
  }

  /**
   * By SQLSTATE (the standard classes PostgreSQL and H2 use): 08 connection exceptions and 57P
   * operator interventions (shutdown, starting up) are an outage; 25006 a read-only transaction
   * and 42501 a missing privilege are refusals to write; 53100 a full disk (53400 is a configured limit such as temp_file_limit). Chained exceptions are searched too (the pool wraps the driver's).
   */
  public static Cause classify(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          Cause found = bySqlState(next.getSQLState());
          if (found != null) {
            return found;
          }
        }
      }
      if (t instanceof java.net.ConnectException || t instanceof java.net.SocketException) {
        return Cause.UNAVAILABLE;
      }
    }
    return Cause.OTHER;
  }

  /** A short reason for the job journal; the SQL details stay in the server log. */
  public static String describe(Throwable failure) {
    if (failure instanceof DataAccessFailure access) {
      return access.cause().message();
    }
    Cause cause = classify(failure);
    return cause == Cause.OTHER ? "Unexpected error (" + failure.getClass().getSimpleName() + "); nothing was changed." : cause.message();
  }

  private static Cause bySqlState(String state) {
    if (state == null) {
      return null;
    }
    if (state.startsWith("08") || state.startsWith("57P")) {
      return Cause.UNAVAILABLE;
    }
    if (state.equals("25006") || state.equals("42501")) {
      return Cause.READ_ONLY;
    }
    if (state.equals("53100") || state.equals("53400")) { // disk_full, configuration_limit_exceeded
      return Cause.DISK_FULL;
    }
    if (state.equals("53300")) { // too_many_connections
      return Cause.UNAVAILABLE;
    }
    return null;
  }
}
