package com.tierwise.organisation.glossary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The glossary in SQL; every value is a bound parameter. */
public final class GlossaryRepository {

  private final Connection connection;

  public GlossaryRepository(Connection connection) {
    this.connection = connection;
  }

  /** Every term with its texts, related terms and links (a glossary is small: see GlossarySearch). */
  public List<GlossaryTerm> all() throws SQLException {
    Map<Long, String[]> heads = new LinkedHashMap<>(); // id -> slug, updated_by
    Map<Long, Instant> updated = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement("SELECT id, slug, updated_by, updated_at FROM glossary_term ORDER BY slug");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        heads.put(row.getLong(1), new String[] {row.getString(2), row.getString(3)});
        updated.put(row.getLong(1), row.getTimestamp(4).toInstant());
      }
    }
    Map<Long, Map<String, TermText>> texts = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement("SELECT term_id, locale, name, definition FROM glossary_text");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        texts.computeIfAbsent(row.getLong(1), id -> new HashMap<>())
            .put(row.getString(2), new TermText(row.getString(3), row.getString(4)));
      }
    }
    Map<Long, List<String>> related = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT r.term_id, t.slug FROM glossary_related r JOIN glossary_term t ON t.id = r.related_id"
                    + " ORDER BY r.term_id, r.position");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        related.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
      }
    }
    Map<Long, List<SeeAlso>> links = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement("SELECT term_id, label, url FROM glossary_link ORDER BY term_id, position");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        links.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new SeeAlso(row.getString(2), row.getString(3)));
      }
    }
    List<GlossaryTerm> terms = new ArrayList<>(heads.size());
    heads.forEach(
        (id, head) ->
            terms.add(
                new GlossaryTerm(
                    id, head[0], texts.getOrDefault(id, Map.of()), related.getOrDefault(id, List.of()),
                    links.getOrDefault(id, List.of()), head[1], updated.get(id))));
    return terms;
  }

  public Optional<GlossaryTerm> bySlug(String slug) throws SQLException {
    return all().stream().filter(term -> term.slug().equals(slug)).findFirst();
  }

  /** Inserts a new term (the draft is valid and its slug free); answers its id. */
  public long insert(TermDraft draft, String user, Instant now) throws SQLException {
    long id;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO glossary_term (slug, updated_by, updated_at) VALUES (?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, draft.slug().strip());
      insert.setString(2, user);
      insert.setTimestamp(3, Timestamp.from(now));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    writeParts(id, draft);
    return id;
  }

  /** Replaces the texts, related terms and links of the term. */
  public void update(long id, TermDraft draft, String user, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE glossary_term SET updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
      update.setString(1, user);
      update.setTimestamp(2, Timestamp.from(now));
      update.setLong(3, id);
      update.executeUpdate();
    }
    for (String table : List.of("glossary_text", "glossary_related", "glossary_link")) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE term_id = ?")) {
        delete.setLong(1, id);
        delete.executeUpdate();
      }
    }
    writeParts(id, draft);
  }

  public void delete(long id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM glossary_term WHERE id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
  }

  private void writeParts(long id, TermDraft draft) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO glossary_text (term_id, locale, name, definition) VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<String, TermText> entry : draft.texts().entrySet()) {
        insert.setLong(1, id);
        insert.setString(2, entry.getKey());
        insert.setString(3, entry.getValue().name().strip());
        insert.setString(4, entry.getValue().definition().strip());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO glossary_related (term_id, related_id, position)"
                + " SELECT ?, id, ? FROM glossary_term WHERE slug = ?")) {
      for (int i = 0; i < draft.related().size(); i++) {
        insert.setLong(1, id);
        insert.setInt(2, i);
        insert.setString(3, draft.related().get(i).strip());
        insert.executeUpdate();
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO glossary_link (term_id, position, label, url) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < draft.seeAlso().size(); i++) {
        insert.setLong(1, id);
        insert.setInt(2, i);
        insert.setString(3, draft.seeAlso().get(i).label().strip());
        insert.setString(4, draft.seeAlso().get(i).url().strip());
        insert.executeUpdate();
      }
    }
  }
}
