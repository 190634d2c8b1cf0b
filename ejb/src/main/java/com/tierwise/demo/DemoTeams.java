package com.tierwise.demo;

import com.tierwise.organisation.scorecard.CxMetric;
import com.tierwise.organisation.scorecard.Quarter;
import com.tierwise.organisation.scorecard.ScorecardRepository;
import com.tierwise.organisation.team.Placement;
import com.tierwise.organisation.team.TeamRepository;
import com.tierwise.platform.DataAccessFailure;
import com.tierwise.security.PasswordHashing;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Teams, managers, metric owners and targets for the demo: the account managers that own the demo
 * customers become users in four regional teams, each with a manager; three executives own the
 * metrics. None of them has a password ({@link PasswordHashing#NO_PASSWORD}): they exist so that
 * escalations, the team directory and the scorecard have someone to show, and nobody can sign in
 * as them.
 */
@Stateless
public class DemoTeams {

  private static final Logger LOG = Logger.getLogger(DemoTeams.class.getName());

  /** Team → its manager first, then the account managers of DemoCustomers. */
  static final Map<String, List<String>> TEAMS = new LinkedHashMap<>();

  static {
    TEAMS.put("Türkiye", List.of("selin.kaya", "ayse.yilmaz", "mehmet.demir"));
    TEAMS.put("Iran", List.of("dariush.rahimi", "reza.karimi", "negar.ahmadi"));
    TEAMS.put("Gulf and Levant", List.of("layla.mansour", "fatima.hassan", "omar.haddad"));
    TEAMS.put("United Kingdom", List.of("oliver.bennett", "emma.clark", "james.walker"));
  }

  /** Metric owners: the executives of the two CX roles and the executive sponsor. */
  static final Map<String, String> EXECUTIVES = Map.of("cx.director", "EXECUTIVE", "brand.officer", "CCBMX", "service.officer", "CCSX");

  @Resource private DataSource dataSource;

  public void seed() {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      for (Map.Entry<String, String> executive : EXECUTIVES.entrySet()) {
        user(connection, executive.getKey(), executive.getValue(), now);
      }
      TeamRepository teams = new TeamRepository(connection);
      ScorecardRepository scorecard = new ScorecardRepository(connection);
      Quarter quarter = Quarter.of(now);
      for (Map.Entry<String, List<String>> team : TEAMS.entrySet()) {
        String manager = team.getValue().get(0);
        for (String member : team.getValue()) {
          user(connection, member, "ACCOUNT_MANAGER", now);
          teams.place(member, new Placement(team.getKey(), member.equals(manager) ? null : manager, member + "@example.com"));
        }
        scorecard.saveTarget(CxMetric.NPS, team.getKey(), quarter, BigDecimal.valueOf(20), "demo-data", now);
        scorecard.saveTarget(CxMetric.FOLLOW_UP_IN_TIME, team.getKey(), quarter, BigDecimal.valueOf(90), "demo-data", now);
        scorecard.saveTarget(CxMetric.DETRACTOR_CALLBACK_HOURS, team.getKey(), quarter, BigDecimal.valueOf(48), "demo-data", now);
      }
      scorecard.saveOwner(CxMetric.NPS, "cx.director", "demo-data", now);
      scorecard.saveOwner(CxMetric.INVITATION_RESPONSE_RATE, "brand.officer", "demo-data", now);
      scorecard.saveOwner(CxMetric.CSAT, "brand.officer", "demo-data", now);
      scorecard.saveOwner(CxMetric.FOLLOW_UP_IN_TIME, "service.officer", "demo-data", now);
      scorecard.saveOwner(CxMetric.DETRACTOR_CALLBACK_HOURS, "service.officer", "demo-data", now);
      scorecard.saveOwner(CxMetric.CES, "service.officer", "demo-data", now);
      LOG.info(() -> "Seeded " + TEAMS.size() + " demo teams with managers and " + quarter + " targets; their users have no password");
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Creates the user without a password unless someone of that name exists. */
  private static void user(Connection connection, String username, String role, Instant now) throws SQLException {
    try (PreparedStatement exists = connection.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
      exists.setString(1, username);
      try (ResultSet row = exists.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
    }
    long id;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO app_user (username, password_hash, enabled, created_at) VALUES (?, ?, TRUE, ?)", new String[] {"id"})) {
      insert.setString(1, username);
      insert.setString(2, PasswordHashing.NO_PASSWORD);
      insert.setTimestamp(3, Timestamp.from(now));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement grant = connection.prepareStatement("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")) {
      grant.setLong(1, id);
      grant.setString(2, role);
      grant.executeUpdate();
    }
  }
}
