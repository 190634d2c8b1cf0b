package com.tierwise.governance;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Counts what waits for the governance board, in one query on the caller's connection. */
public final class GovernanceQueue {

  private final Connection connection;

  public GovernanceQueue(Connection connection) {
    this.connection = connection;
  }

  public QueueCounts counts(LocalDate today) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT (SELECT COUNT(*) FROM tier_override WHERE status = 'PENDING'),"
                + " (SELECT COUNT(*) FROM hic_nomination WHERE status = 'PENDING'),"
                + " (SELECT COUNT(*) FROM hic_membership WHERE review_due <= ?)")) {
      select.setDate(1, Date.valueOf(today));
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return new QueueCounts(row.getLong(1), row.getLong(2), row.getLong(3));
      }
    }
  }
}
