package com.tierwise.hic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Nominations, memberships and profiles of high-impact customers, in plain JDBC on the caller's connection. */
public final class HicRepository {

  /** A customer as the HIC workflow needs it. */
  public record CustomerRef(long id, String externalId, String name, boolean hic) {}

  /** A nomination with the id of its customer. */
  public record Stored(Nomination nomination, long customerId) {}

  private static final String SELECT_NOMINATION =
      "SELECT n.id, c.external_id, c.name, n.uniqueness_risk, n.nominated_by, n.nominated_at, n.status,"
          + " n.decided_by, n.decided_at, n.decision_comment, n.version, n.customer_id"
          + " FROM hic_nomination n JOIN customer c ON c.id = n.customer_id";

  private static final String SELECT_MEMBERSHIP =
      "SELECT c.external_id, c.name, m.nomination_id, m.since, m.review_due, m.reviewed_by, m.reviewed_at,"
          + " m.version FROM hic_membership m JOIN customer c ON c.id = m.customer_id";

  private final Connection connection;

  public HicRepository(Connection connection) {
    this.connection = connection;
  }

  public Optional<CustomerRef> customer(String externalId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id, external_id, name, hic FROM customer WHERE external_id = ?")) {
      select.setString(1, externalId);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new CustomerRef(row.getLong(1), row.getString(2), row.getString(3), row.getBoolean(4)))
            : Optional.empty();
      }
    }
  }

  public Optional<Stored> find(long id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_NOMINATION + " WHERE n.id = ?")) {
      select.setLong(1, id);
      List<Stored> found = readNominations(select);
      return found.stream().findFirst();
    }
  }

  public boolean hasOpenNomination(long customerId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT 1 FROM hic_nomination WHERE customer_id = ? AND status IN ('PENDING', 'INFO_REQUESTED')")) {
      select.setLong(1, customerId);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  public List<Nomination> list(NominationStatus status, String externalId, int limit, int offset) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            SELECT_NOMINATION + where(status, externalId) + " ORDER BY n.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int index = bind(select, status, externalId);
      select.setInt(index++, offset);
      select.setInt(index, limit);
      return readNominations(select).stream().map(Stored::nomination).toList();
    }
  }

  public long count(NominationStatus status, String externalId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM hic_nomination n JOIN customer c ON c.id = n.customer_id" + where(status, externalId))) {
      bind(select, status, externalId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static String where(NominationStatus status, String externalId) {
    List<String> conditions = new ArrayList<>();
    if (status != null) {
      conditions.add("n.status = ?");
    }
    if (externalId != null) {
      conditions.add("c.external_id = ?");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static int bind(PreparedStatement select, NominationStatus status, String externalId) throws SQLException {
    int index = 1;
    if (status != null) {
      select.setString(index++, status.name());
    }
    if (externalId != null) {
      select.setString(index++, externalId);
    }
    return index;
  }

  private List<Stored> readNominations(PreparedStatement select) throws SQLException {
    List<Stored> rows = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        Timestamp decidedAt = row.getTimestamp(9);
        rows.add(
            new Stored(
                new Nomination(
                    row.getLong(1), row.getString(2), row.getString(3), List.of(), row.getString(4),
                    row.getString(5), row.getTimestamp(6).toInstant(), NominationStatus.valueOf(row.getString(7)),
                    row.getString(8), decidedAt == null ? null : decidedAt.toInstant(), row.getString(10),
                    row.getLong(11)),
                row.getLong(12)));
      }
    }
    List<Stored> withAnswers = new ArrayList<>(rows.size());
    for (Stored stored : rows) {
      Nomination n = stored.nomination();
      withAnswers.add(
          new Stored(
              new Nomination(
                  n.id(), n.externalId(), n.customerName(), answers(n.id()), n.uniquenessAndRisk(), n.nominatedBy(),
                  n.nominatedAt(), n.status(), n.decidedBy(), n.decidedAt(), n.decisionComment(), n.version()),
              stored.customerId()));
    }
    return withAnswers;
  }

  private List<Answer> answers(long nominationId) throws SQLException {
    List<Answer> answers = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT question, score, explanation FROM hic_nomination_answer WHERE nomination_id = ?")) {
      select.setLong(1, nominationId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          answers.add(new Answer(Question.valueOf(row.getString(1)), row.getInt(2), row.getString(3)));
        }
      }
    }
    answers.sort((x, y) -> x.question().compareTo(y.question()));
    return answers;
  }

  /** Sets the flag the treatment hot path reads. */
  public void setHic(long customerId, boolean hic, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE customer SET hic = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
      update.setBoolean(1, hic);
      update.setTimestamp(2, Timestamp.from(now));
      update.setLong(3, customerId);
      update.executeUpdate();
    }
  }

  public Optional<Membership> membership(String externalId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_MEMBERSHIP + " WHERE c.external_id = ?")) {
      select.setString(1, externalId);
      return readMemberships(select).stream().findFirst();
    }
  }

  /** The roster, or only the memberships due for re-review by the given day, soonest due first. */
  public List<Membership> memberships(LocalDate dueBy, int limit, int offset) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            SELECT_MEMBERSHIP + (dueBy == null ? "" : " WHERE m.review_due <= ?")
                + " ORDER BY m.review_due, c.external_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int index = 1;
      if (dueBy != null) {
        select.setDate(index++, Date.valueOf(dueBy));
      }
      select.setInt(index++, offset);
      select.setInt(index, limit);
      return readMemberships(select);
    }
  }

  /**
   * The signals of the roster's HICs ({@link #memberships} with no due date: same order and page),
   * by external id: latest answer, open and overdue follow-ups, team and direct line.
   */
  public Map<String, HicSignals> signals(Instant now, int limit, int offset) throws SQLException {
    Map<String, HicSignals> signals = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.external_id,"
                + " (SELECT r.score FROM survey_response r WHERE r.customer_id = m.customer_id"
                + "  ORDER BY r.responded_at DESC, r.id DESC FETCH FIRST 1 ROWS ONLY),"
                + " (SELECT MAX(r.responded_at) FROM survey_response r WHERE r.customer_id = m.customer_id),"
                + " (SELECT COUNT(*) FROM cx_task t WHERE t.customer_id = m.customer_id AND t.status <> 'DONE'),"
                + " (SELECT COUNT(*) FROM cx_task t WHERE t.customer_id = m.customer_id AND t.status <> 'DONE'"
                + "  AND t.due_at < ?),"
                + " (SELECT COUNT(*) FROM hic_team_member tm WHERE tm.customer_id = m.customer_id),"
                + " p.direct_line"
                + " FROM hic_membership m JOIN customer c ON c.id = m.customer_id"
                + " LEFT JOIN hic_profile p ON p.customer_id = m.customer_id"
                + " ORDER BY m.review_due, c.external_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      select.setTimestamp(1, Timestamp.from(now));
      select.setInt(2, offset);
      select.setInt(3, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          int score = row.getInt(2);
          Integer lastScore = row.wasNull() ? null : score;
          Timestamp lastAt = row.getTimestamp(3);
          signals.put(
              row.getString(1),
              new HicSignals(
                  row.getString(1), lastScore, lastAt == null ? null : lastAt.toInstant(), row.getInt(4), row.getInt(5),
                  row.getInt(6), row.getString(7) != null));
        }
      }
    }
    return signals;
  }

  public long countMemberships(LocalDate dueBy) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM hic_membership" + (dueBy == null ? "" : " WHERE review_due <= ?"))) {
      if (dueBy != null) {
        select.setDate(1, Date.valueOf(dueBy));
      }
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static List<Membership> readMemberships(PreparedStatement select) throws SQLException {
    List<Membership> memberships = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        Timestamp reviewedAt = row.getTimestamp(7);
        memberships.add(
            new Membership(
                row.getString(1), row.getString(2), row.getLong(3), row.getTimestamp(4).toInstant(),
                row.getDate(5).toLocalDate(), row.getString(6), reviewedAt == null ? null : reviewedAt.toInstant(),
                row.getLong(8)));
      }
    }
    return memberships;
  }

  public Optional<HicProfile> profile(long customerId, String externalId) throws SQLException {
    HicProfile profile;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT demanding, differentiated, direct_line, delivered, updated_by, updated_at, version"
                + " FROM hic_profile WHERE customer_id = ?")) {
      select.setLong(1, customerId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        profile =
            new HicProfile(
                externalId, row.getString(1), row.getString(2), List.of(), row.getString(3), row.getString(4),
                row.getString(5), row.getTimestamp(6).toInstant(), row.getLong(7));
      }
    }
    List<HicProfile.TeamMember> team = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT name, team_role, contact FROM hic_team_member WHERE customer_id = ? ORDER BY position")) {
      select.setLong(1, customerId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          team.add(new HicProfile.TeamMember(row.getString(1), row.getString(2), row.getString(3)));
        }
      }
    }
    return Optional.of(
        new HicProfile(
            externalId, profile.demanding(), profile.differentiated(), team, profile.directLine(),
            profile.delivered(), profile.updatedBy(), profile.updatedAt(), profile.version()));
  }

  /**
   * Customers the data suggests: business percentile in the latest run at least the given one,
   * not an HIC, no open nomination; largest business value first.
   */
  public List<Candidate> candidates(double minPercentile, int limit) throws SQLException {
    BigDecimal total;
    try (PreparedStatement sum =
            connection.prepareStatement("SELECT SUM(business_value) FROM customer WHERE business_value > 0");
        ResultSet row = sum.executeQuery()) {
      row.next();
      total = row.getBigDecimal(1);
    }
    List<Candidate> candidates = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.external_id, c.name, a.tier, c.business_value, a.business_percentile FROM customer c"
                + " JOIN tier_assignment a ON a.customer_id = c.id AND a.run_id = (SELECT MAX(id) FROM tiering_run)"
                + " WHERE c.hic = FALSE AND a.business_percentile >= ?"
                + " AND NOT EXISTS (SELECT 1 FROM hic_nomination n WHERE n.customer_id = c.id"
                + " AND n.status IN ('PENDING', 'INFO_REQUESTED'))"
                + " ORDER BY c.business_value DESC, c.external_id FETCH FIRST ? ROWS ONLY")) {
      select.setDouble(1, minPercentile);
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          BigDecimal value = row.getBigDecimal(4);
          double percentile = row.getDouble(5);
          double share =
              total == null || total.signum() == 0 || value == null || value.signum() <= 0
                  ? 0
                  : value.doubleValue() / total.doubleValue();
          candidates.add(
              new Candidate(row.getString(1), row.getString(2), row.getString(3), value, percentile, share));
        }
      }
    }
    return candidates;
  }
}
