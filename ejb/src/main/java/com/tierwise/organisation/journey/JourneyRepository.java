package com.tierwise.organisation.journey;

import com.tierwise.charter.LifecycleStage;
import com.tierwise.closedloop.Touchpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The journey map in SQL; every value is a bound parameter. */
public final class JourneyRepository {

  private final Connection connection;

  public JourneyRepository(Connection connection) {
    this.connection = connection;
  }

  /** Every touchpoint, in stage order, then owner, position and id. */
  public List<JourneyTouchpoint> all() throws SQLException {
    Map<Long, List<Long>> personas = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT j.touchpoint_id, j.persona_id FROM journey_persona j JOIN persona p ON p.id = j.persona_id"
                    + " ORDER BY j.touchpoint_id, p.name, p.id");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        personas.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2));
      }
    }
    List<JourneyTouchpoint> touchpoints = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, stage, touchpoint, label, owner, survey, position, updated_by, updated_at"
                    + " FROM journey_touchpoint");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        long id = row.getLong(1);
        touchpoints.add(
            new JourneyTouchpoint(
                id, LifecycleStage.valueOf(row.getString(2)), touchpoint(row.getString(3)), row.getString(4),
                JourneyOwner.valueOf(row.getString(5)), touchpoint(row.getString(6)), row.getInt(7),
                personas.getOrDefault(id, List.of()), row.getString(8), row.getTimestamp(9).toInstant()));
      }
    }
    touchpoints.sort(
        java.util.Comparator.comparing(JourneyTouchpoint::stage)
            .thenComparing(JourneyTouchpoint::owner)
            .thenComparingInt(JourneyTouchpoint::position)
            .thenComparingLong(JourneyTouchpoint::id));
    return touchpoints;
  }

  public Optional<JourneyTouchpoint> byId(long id) throws SQLException {
    return all().stream().filter(touchpoint -> touchpoint.id() == id).findFirst();
  }

  public long insert(JourneyDraft draft, String user, Instant now) throws SQLException {
    long id;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO journey_touchpoint (stage, touchpoint, label, owner, survey, position, updated_by, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      bind(insert, draft, user, now);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    writePersonas(id, draft.personaIds());
    return id;
  }

  public void update(long id, JourneyDraft draft, String user, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE journey_touchpoint SET stage = ?, touchpoint = ?, label = ?, owner = ?, survey = ?, position = ?,"
                + " updated_by = ?, updated_at = ? WHERE id = ?")) {
      bind(update, draft, user, now);
      update.setLong(9, id);
      update.executeUpdate();
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM journey_persona WHERE touchpoint_id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
    writePersonas(id, draft.personaIds());
  }

  public void delete(long id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM journey_touchpoint WHERE id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
  }

  /** Id and name of every persona, for validation and for the map's persona chips. */
  public Map<Long, String> personaNames() throws SQLException {
    Map<Long, String> names = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM persona");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        names.put(row.getLong(1), row.getString(2));
      }
    }
    return names;
  }

  private void writePersonas(long id, List<Long> personaIds) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO journey_persona (touchpoint_id, persona_id) VALUES (?, ?)")) {
      for (Long persona : personaIds) {
        insert.setLong(1, id);
        insert.setLong(2, persona);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void bind(PreparedStatement statement, JourneyDraft draft, String user, Instant now)
      throws SQLException {
    statement.setString(1, LifecycleStage.parse(draft.stage()).orElseThrow().name());
    setTouchpoint(statement, 2, Touchpoint.parse(draft.touchpoint()).orElse(null));
    statement.setString(3, draft.label() == null || draft.label().isBlank() ? null : draft.label().strip());
    statement.setString(4, JourneyValidator.owner(draft.owner()).orElseThrow().name());
    setTouchpoint(statement, 5, Touchpoint.parse(draft.survey()).orElse(null));
    statement.setInt(6, draft.position() == null ? 0 : draft.position());
    statement.setString(7, user);
    statement.setTimestamp(8, Timestamp.from(now));
  }

  private static void setTouchpoint(PreparedStatement statement, int index, Touchpoint touchpoint) throws SQLException {
    if (touchpoint == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, touchpoint.name());
    }
  }

  private static Touchpoint touchpoint(String name) {
    return name == null ? null : Touchpoint.valueOf(name);
  }
}
