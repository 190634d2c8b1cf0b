package com.tierwise.survey;

import com.tierwise.closedloop.Touchpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Survey definitions and invitations in SQL; every value is a bound parameter. */
public final class SurveyDeliveryRepository {

  /** The customer an invitation goes to. */
  public record Invitee(long id, String externalId, String email, String country) {}

  /** An invitation as stored (the token itself never is). */
  public record Invitation(
      long id, String externalId, Touchpoint touchpoint, String locale, Instant expiresAt, Instant respondedAt) {}

  private final Connection connection;

  public SurveyDeliveryRepository(Connection connection) {
    this.connection = connection;
  }

  public List<SurveyDefinition> definitions() throws SQLException {
    Map<Touchpoint, Map<String, SurveyTexts>> texts = new EnumMap<>(Touchpoint.class);
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT touchpoint, locale, title, nps_question, open_question, csat_question, ces_question,"
                    + " mail_subject, mail_body FROM survey_text");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        texts.computeIfAbsent(Touchpoint.valueOf(row.getString(1)), t -> new HashMap<>())
            .put(
                row.getString(2),
                new SurveyTexts(
                    row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                    row.getString(8), row.getString(9)));
      }
    }
    List<SurveyDefinition> definitions = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT touchpoint, csat_enabled, ces_enabled, active, contact_window_days FROM survey_definition"
                    + " ORDER BY touchpoint");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        Touchpoint touchpoint = Touchpoint.valueOf(row.getString(1));
        int days = row.getInt(5);
        Integer window = row.wasNull() ? null : days; // asked right after its own column
        definitions.add(
            new SurveyDefinition(
                touchpoint, row.getBoolean(2), row.getBoolean(3), texts.getOrDefault(touchpoint, Map.of()),
                row.getBoolean(4), window));
      }
    }
    return definitions;
  }

  public Optional<SurveyDefinition> definition(Touchpoint touchpoint) throws SQLException {
    return definitions().stream().filter(d -> d.touchpoint() == touchpoint).findFirst();
  }

  /** Replaces the definition of its touchpoint and all its texts. */
  public void save(SurveyDefinition definition, String user, Instant now) throws SQLException {
    String touchpoint = definition.touchpoint().name();
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE survey_definition SET csat_enabled = ?, ces_enabled = ?, updated_by = ?, updated_at = ?,"
                + " active = ?, contact_window_days = ?, version = version + 1 WHERE touchpoint = ?")) {
      update.setBoolean(1, definition.csatEnabled());
      update.setBoolean(2, definition.cesEnabled());
      update.setString(3, user);
      update.setTimestamp(4, Timestamp.from(now));
      update.setBoolean(5, definition.active());
      setWindow(update, 6, definition.contactWindowDays());
      update.setString(7, touchpoint);
      if (update.executeUpdate() == 0) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO survey_definition (touchpoint, csat_enabled, ces_enabled, updated_by, updated_at,"
                    + " active, contact_window_days) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          insert.setString(1, touchpoint);
          insert.setBoolean(2, definition.csatEnabled());
          insert.setBoolean(3, definition.cesEnabled());
          insert.setString(4, user);
          insert.setTimestamp(5, Timestamp.from(now));
          insert.setBoolean(6, definition.active());
          setWindow(insert, 7, definition.contactWindowDays());
          insert.executeUpdate();
        }
      }
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM survey_text WHERE touchpoint = ?")) {
      delete.setString(1, touchpoint);
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO survey_text (touchpoint, locale, title, nps_question, open_question, csat_question,"
                + " ces_question, mail_subject, mail_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, SurveyTexts> entry : definition.texts().entrySet()) {
        SurveyTexts texts = entry.getValue();
        insert.setString(1, touchpoint);
        insert.setString(2, entry.getKey());
        insert.setString(3, texts.title().strip());
        insert.setString(4, texts.npsQuestion().strip());
        insert.setString(5, texts.openQuestion().strip());
        insert.setString(6, blankToNull(texts.csatQuestion()));
        insert.setString(7, blankToNull(texts.cesQuestion()));
        insert.setString(8, texts.mailSubject().strip());
        insert.setString(9, texts.mailBody().strip());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void setWindow(PreparedStatement statement, int index, Integer days) throws SQLException {
    if (days == null) {
      statement.setNull(index, java.sql.Types.INTEGER);
    } else {
      statement.setInt(index, days);
    }
  }

  /**
   * Finds the customer and locks its row until the transaction ends, so two touchpoint events for
   * one customer at the same moment cannot both pass the contact-frequency rule.
   */
  public Optional<Invitee> lockCustomer(String externalId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, external_id, email, country FROM customer WHERE external_id = ? FOR UPDATE")) {
      select.setString(1, externalId);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new Invitee(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)))
            : Optional.empty();
      }
    }
  }

  public Optional<Instant> lastInvitedAt(long customerId) throws SQLException {
    return latest("SELECT MAX(created_at) FROM survey_invitation WHERE customer_id = ?", customerId);
  }

  /** Responses from any channel count: an answer through a CRM is a contact too. */
  public Optional<Instant> lastRespondedAt(long customerId) throws SQLException {
    return latest("SELECT MAX(responded_at) FROM survey_response WHERE customer_id = ?", customerId);
  }

  private Optional<Instant> latest(String sql, long customerId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, customerId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        Timestamp at = row.getTimestamp(1);
        return at == null ? Optional.empty() : Optional.of(at.toInstant());
      }
    }
  }

  /** Invitations created in the period, by the customer's owner. */
  public java.util.List<InvitationFigures> figuresByOwner(Instant from, Instant to) throws SQLException {
    java.util.List<InvitationFigures> figures = new java.util.ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.owner, COUNT(*), COUNT(i.responded_at), COALESCE(SUM(i.csat), 0), COUNT(i.csat),"
                + " COALESCE(SUM(i.ces), 0), COUNT(i.ces) FROM survey_invitation i JOIN customer c ON c.id = i.customer_id"
                + " WHERE i.created_at >= ? AND i.created_at < ? GROUP BY c.owner")) {
      select.setTimestamp(1, Timestamp.from(from));
      select.setTimestamp(2, Timestamp.from(to));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          figures.add(new InvitationFigures(
              row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6),
              row.getLong(7)));
        }
      }
    }
    return figures;
  }

  /** Withdraws an invitation whose mail could not be sent, so the contact rule does not count it. */
  public void withdraw(long id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM survey_invitation WHERE id = ? AND responded_at IS NULL")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
  }

  public long insertInvitation(
      String tokenHash, long customerId, Touchpoint touchpoint, String locale, String user, Instant now,
      Instant expiresAt) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO survey_invitation (token_hash, customer_id, touchpoint, locale, created_by, created_at,"
                + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      insert.setString(1, tokenHash);
      insert.setLong(2, customerId);
      insert.setString(3, touchpoint.name());
      insert.setString(4, locale);
      insert.setString(5, user);
      insert.setTimestamp(6, Timestamp.from(now));
      insert.setTimestamp(7, Timestamp.from(expiresAt));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  public Optional<Invitation> findByTokenHash(String tokenHash) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT i.id, c.external_id, i.touchpoint, i.locale, i.expires_at, i.responded_at"
                + " FROM survey_invitation i JOIN customer c ON c.id = i.customer_id WHERE i.token_hash = ?")) {
      select.setString(1, tokenHash);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Timestamp responded = row.getTimestamp(6);
        return Optional.of(
            new Invitation(
                row.getLong(1), row.getString(2), Touchpoint.valueOf(row.getString(3)), row.getString(4),
                row.getTimestamp(5).toInstant(), responded == null ? null : responded.toInstant()));
      }
    }
  }

  /**
   * Uses the invitation up: only one caller can change responded_at from NULL, however many
   * answer at once, and only before it expires.
   *
   * @return whether this caller got it
   */
  public boolean markResponded(long id, Instant now, Integer csat, Integer ces) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE survey_invitation SET responded_at = ?, csat = ?, ces = ?"
                + " WHERE id = ? AND responded_at IS NULL AND expires_at > ?")) {
      update.setTimestamp(1, Timestamp.from(now));
      setInteger(update, 2, csat);
      setInteger(update, 3, ces);
      update.setLong(4, id);
      update.setTimestamp(5, Timestamp.from(now));
      return update.executeUpdate() == 1;
    }
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.SMALLINT);
    } else {
      statement.setInt(index, value);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
