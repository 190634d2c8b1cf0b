package com.tierwise.organisation.scorecard;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Metric ownership and the scorecard: who is accountable for each CX metric, each team's target per
 * quarter, and what the data says against them ({@link ScorecardReader}).
 */
@Stateless
public class ScorecardService {

  private static final Logger LOG = Logger.getLogger(ScorecardService.class.getName());

  /** Roles a metric's accountable executive must hold. */
  public static final Set<String> OWNER_ROLES = Set.of("EXECUTIVE", "CCBMX", "CCSX");

  /** Largest absolute target accepted (NUMERIC(12, 4)). */
  static final BigDecimal MAX_TARGET = new BigDecimal("99999999");

  @Resource private DataSource dataSource;

  public Scorecard scorecard(Quarter quarter) {
    try (Connection connection = dataSource.getConnection()) {
      return new ScorecardReader(connection).read(quarter, Clock.systemUTC().instant());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Map<CxMetric, String> owners() {
    try (Connection connection = dataSource.getConnection()) {
      return new ScorecardRepository(connection).owners();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Names the accountable executive of a metric: a user with role EXECUTIVE, CCBMX or CCSX. */
  public void setOwner(CxMetric metric, String owner, String by) throws ScorecardRefusedException {
    String name = owner == null ? "" : owner.strip();
    try (Connection connection = dataSource.getConnection()) {
      ScorecardRepository repository = new ScorecardRepository(connection);
      Set<String> roles = repository.roles(name).orElse(null);
      if (roles == null) {
        throw new ScorecardRefusedException("The owner is not valid", List.of("owner: no user \"" + name + "\""));
      }
      if (roles.stream().noneMatch(OWNER_ROLES::contains)) {
        throw new ScorecardRefusedException(
            "The owner is not valid", List.of("owner: " + name + " must have role EXECUTIVE, CCBMX or CCSX"));
      }
      repository.saveOwner(metric, name, by, Clock.systemUTC().instant());
      LOG.info(() -> by + " made " + name + " accountable for " + metric);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Sets (or with null removes) a team's target for a metric in a quarter. */
  public void setTarget(CxMetric metric, String team, Quarter quarter, BigDecimal target, String by)
      throws ScorecardRefusedException {
    String name = team == null ? "" : team.strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new ScorecardRefusedException("The target is not valid", List.of("team: 1-100 characters"));
    }
    if (target != null && target.abs().compareTo(MAX_TARGET) > 0) {
      throw new ScorecardRefusedException("The target is not valid", List.of("target: at most " + MAX_TARGET));
    }
    if (target != null && (metric == CxMetric.CSAT || metric == CxMetric.CES)
        && (target.compareTo(BigDecimal.ONE) < 0 || target.compareTo(BigDecimal.valueOf(5)) > 0)) {
      throw new ScorecardRefusedException("The target is not valid", List.of("target: " + metric + " is between 1 and 5"));
    }
    try (Connection connection = dataSource.getConnection()) {
      new ScorecardRepository(connection).saveTarget(metric, name, quarter, target, by, Clock.systemUTC().instant());
      LOG.info(() -> by + " set the " + quarter + " target of " + name + " for " + metric + " to " + target);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
