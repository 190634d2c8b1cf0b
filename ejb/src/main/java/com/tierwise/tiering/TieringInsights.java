package com.tierwise.tiering;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Read-only analyses of a finished run for the dashboard and reports. */
@Stateless
public class TieringInsights {

  @Resource private DataSource dataSource;

  /** The Pareto curve of the run's business value; a run never changes, so callers may cache it. */
  public ParetoCurve pareto(long runId) {
    try (Connection connection = dataSource.getConnection()) {
      return new ParetoQuery(connection).curve(runId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
