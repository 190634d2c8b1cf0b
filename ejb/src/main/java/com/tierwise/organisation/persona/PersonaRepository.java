package com.tierwise.organisation.persona;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Personas in SQL; lists are stored one item per line, channels comma-separated. */
public final class PersonaRepository {

  private static final String COLUMNS =
      "id, name, segment, description, needs, motivations, frustrations, channels, updated_by, updated_at";

  private final Connection connection;

  public PersonaRepository(Connection connection) {
    this.connection = connection;
  }

  public long count() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM persona");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** A page of personas by name (then id, so pages never overlap). */
  public List<Persona> page(int limit, int offset) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM persona ORDER BY name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      select.setInt(1, offset);
      select.setInt(2, limit);
      return read(select);
    }
  }

  public Optional<Persona> byId(long id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM persona WHERE id = ?")) {
      select.setLong(1, id);
      return read(select).stream().findFirst();
    }
  }

  /** Whether another persona (not {@code exceptId}) has this name, ignoring case. */
  public boolean nameTaken(String name, long exceptId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT COUNT(*) FROM persona WHERE LOWER(name) = LOWER(?) AND id <> ?")) {
      select.setString(1, name.strip());
      select.setLong(2, exceptId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1) > 0;
      }
    }
  }

  public long insert(PersonaDraft draft, String user, Instant now) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO persona (name, segment, description, needs, motivations, frustrations, channels, updated_by,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      bind(insert, draft, user, now);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  public boolean update(long id, PersonaDraft draft, String user, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE persona SET name = ?, segment = ?, description = ?, needs = ?, motivations = ?, frustrations = ?,"
                + " channels = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
      bind(update, draft, user, now);
      update.setLong(10, id);
      return update.executeUpdate() == 1;
    }
  }

  public boolean delete(long id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM persona WHERE id = ?")) {
      delete.setLong(1, id);
      return delete.executeUpdate() == 1;
    }
  }

  private static void bind(PreparedStatement statement, PersonaDraft draft, String user, Instant now)
      throws SQLException {
    statement.setString(1, draft.name().strip());
    statement.setString(2, PersonaValidator.segment(draft.segment()).orElseThrow().name());
    statement.setString(3, draft.description() == null || draft.description().isBlank() ? null : draft.description().strip());
    statement.setString(4, lines(draft.needs()));
    statement.setString(5, lines(draft.motivations()));
    statement.setString(6, lines(draft.frustrations()));
    statement.setString(
        7,
        draft.channels().stream().map(name -> PersonaValidator.channel(name).orElseThrow().name())
            .collect(Collectors.joining(",")));
    statement.setString(8, user);
    statement.setTimestamp(9, Timestamp.from(now));
  }

  /** One item per line; a line break inside an item becomes a space. */
  private static String lines(List<String> items) {
    return items.stream().map(item -> item.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ")).collect(Collectors.joining("\n"));
  }

  private static List<String> items(String lines) {
    return lines == null || lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
  }

  private static List<Persona> read(PreparedStatement select) throws SQLException {
    List<Persona> personas = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        String channels = row.getString(8);
        personas.add(
            new Persona(
                row.getLong(1), row.getString(2), PersonaSegment.valueOf(row.getString(3)), row.getString(4),
                items(row.getString(5)), items(row.getString(6)), items(row.getString(7)),
                channels == null || channels.isEmpty()
                    ? List.of()
                    : Arrays.stream(channels.split(",")).map(PersonaChannel::valueOf).toList(),
                row.getString(9), row.getTimestamp(10).toInstant()));
      }
    }
    return personas;
  }
}
