package com.tierwise.charter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Charter versions, their cells and signatures in SQL, in the caller's transaction. */
public final class CharterRepository {

  private static final String VERSION =
      "SELECT id, version_number, status, based_on, revision, created_by, created_at, effective_at, seeded,"
          + " abandoned_by, abandoned_at, abandon_reason FROM charter_version";

  private final Connection connection;

  public CharterRepository(Connection connection) {
    this.connection = connection;
  }

  public Optional<CharterVersion> find(int number) throws SQLException {
    return one(VERSION + " WHERE version_number = ?", number);
  }

  public Optional<CharterVersion> effective() throws SQLException {
    return one(VERSION + " WHERE status = 'EFFECTIVE'", null);
  }

  /** The draft or partly signed version, if one is being agreed. */
  public Optional<CharterVersion> open() throws SQLException {
    return one(VERSION + " WHERE status IN ('DRAFT', 'PARTLY_SIGNED')", null);
  }

  public int latestNumber() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(version_number), 0) FROM charter_version");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }

  public long count() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM charter_version");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Versions newest first. */
  public List<CharterVersion> list(int limit, int offset) throws SQLException {
    List<CharterVersion> versions = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(VERSION + " ORDER BY version_number DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      select.setInt(1, offset);
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          versions.add(read(row));
        }
      }
    }
    return versions;
  }

  private Optional<CharterVersion> one(String sql, Integer number) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (number != null) {
        select.setInt(1, number);
      }
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    }
  }

  private CharterVersion read(ResultSet row) throws SQLException {
    long id = row.getLong(1);
    int basedOn = row.getInt(4);
    CharterVersion version = new CharterVersion(
        row.getInt(2), CharterStatus.valueOf(row.getString(3)), row.wasNull() ? null : basedOn, row.getInt(5),
        row.getString(6), instant(row.getTimestamp(7)), instant(row.getTimestamp(8)), row.getBoolean(9), cells(id),
        signatures(id));
    if (row.getString(10) != null) {
      version.restoreAbandonment(
          new CharterVersion.Abandonment(row.getString(10), instant(row.getTimestamp(11)), row.getString(12)));
    }
    return version;
  }

  private List<CharterCell> cells(long versionId) throws SQLException {
    List<CharterCell> cells = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT stage, segment, desired_experience, owner, metric, target FROM charter_cell WHERE version_id = ?")) {
      select.setLong(1, versionId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          cells.add(
              new CharterCell(
                  LifecycleStage.valueOf(row.getString(1)), Segment.valueOf(row.getString(2)), row.getString(3),
                  ExperienceOwner.valueOf(row.getString(4)), TargetMetric.valueOf(row.getString(5)),
                  row.getBigDecimal(6)));
        }
      }
    }
    return cells;
  }

  private List<CharterSignature> signatures(long versionId) throws SQLException {
    List<CharterSignature> signatures = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT role, signed_by, signed_at, content_hash FROM charter_signature WHERE version_id = ? ORDER BY signed_at, id")) {
      select.setLong(1, versionId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          signatures.add(
              new CharterSignature(
                  ExperienceOwner.valueOf(row.getString(1)), row.getString(2), instant(row.getTimestamp(3)), row.getString(4)));
        }
      }
    }
    return signatures;
  }

  public void insert(CharterVersion version) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO charter_version (version_number, status, based_on, revision, created_by, created_at,"
                + " effective_at, seeded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setInt(1, version.number());
      insert.setString(2, version.status().name());
      insert.setObject(3, version.basedOn(), java.sql.Types.INTEGER);
      insert.setInt(4, version.revision());
      insert.setString(5, version.createdBy());
      insert.setTimestamp(6, Timestamp.from(version.createdAt()));
      insert.setTimestamp(7, version.effectiveAt() == null ? null : Timestamp.from(version.effectiveAt()));
      insert.setBoolean(8, version.seeded());
      insert.executeUpdate();
    }
    writeCells(version);
  }

  /** Stores the edited cells and the new revision of a draft. */
  public void cellsReplaced(CharterVersion version) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM charter_cell WHERE version_id = (SELECT id FROM charter_version WHERE version_number = ?)")) {
      delete.setInt(1, version.number());
      delete.executeUpdate();
    }
    writeCells(version);
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE charter_version SET revision = ? WHERE version_number = ?")) {
      update.setInt(1, version.revision());
      update.setInt(2, version.number());
      update.executeUpdate();
    }
  }

  private void writeCells(CharterVersion version) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO charter_cell (version_id, stage, segment, desired_experience, owner, metric, target)"
                + " VALUES ((SELECT id FROM charter_version WHERE version_number = ?), ?, ?, ?, ?, ?, ?)")) {
      for (CharterCell cell : version.cells()) {
        insert.setInt(1, version.number());
        insert.setString(2, cell.stage().name());
        insert.setString(3, cell.segment().name());
        insert.setString(4, cell.desiredExperience());
        insert.setString(5, cell.owner().name());
        insert.setString(6, cell.metric().name());
        insert.setBigDecimal(7, cell.target());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Stores the newest signature and the status it led to. */
  public void signed(CharterVersion version, CharterSignature signature) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO charter_signature (version_id, role, signed_by, signed_at, content_hash)"
                + " VALUES ((SELECT id FROM charter_version WHERE version_number = ?), ?, ?, ?, ?)")) {
      insert.setInt(1, version.number());
      insert.setString(2, signature.role().name());
      insert.setString(3, signature.signedBy());
      insert.setTimestamp(4, Timestamp.from(signature.signedAt()));
      insert.setString(5, signature.contentHash());
      insert.executeUpdate();
    }
    statusChanged(version, version.effectiveAt());
  }

  public void superseded(CharterVersion version, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE charter_version SET status = ?, superseded_at = ? WHERE version_number = ?")) {
      update.setString(1, version.status().name());
      update.setTimestamp(2, Timestamp.from(now));
      update.setInt(3, version.number());
      update.executeUpdate();
    }
  }

  public void abandoned(CharterVersion version) throws SQLException {
    CharterVersion.Abandonment abandonment = version.abandonment().orElseThrow();
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE charter_version SET status = ?, abandoned_by = ?, abandoned_at = ?, abandon_reason = ?"
                + " WHERE version_number = ?")) {
      update.setString(1, version.status().name());
      update.setString(2, abandonment.by());
      update.setTimestamp(3, Timestamp.from(abandonment.at()));
      update.setString(4, abandonment.reason());
      update.setInt(5, version.number());
      update.executeUpdate();
    }
  }

  private void statusChanged(CharterVersion version, Instant effectiveAt) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE charter_version SET status = ?, effective_at = ? WHERE version_number = ?")) {
      update.setString(1, version.status().name());
      update.setTimestamp(2, effectiveAt == null ? null : Timestamp.from(effectiveAt));
      update.setInt(3, version.number());
      update.executeUpdate();
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
