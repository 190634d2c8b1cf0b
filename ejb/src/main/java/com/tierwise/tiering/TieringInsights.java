package com.tierwise.tiering;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Read-only analyses of a finished run for the dashboard and reports. A run never changes, so its
 * Pareto curve (a window function over every assignment: about a second at a million customers)
 * is computed once and kept for the latest few runs.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TieringInsights {

  static final int RUNS_KEPT = 8;

  @Resource private DataSource dataSource;

  private final Map<Long, ParetoCurve> paretoByRun =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, ParetoCurve> eldest) {
              return size() > RUNS_KEPT;
            }
          });

  public ParetoCurve pareto(long runId) {
    ParetoCurve cached = paretoByRun.get(runId);
    if (cached != null) {
      return cached;
    }
    try (Connection connection = dataSource.getConnection()) {
      ParetoCurve curve = new ParetoQuery(connection).curve(runId);
      paretoByRun.put(runId, curve);
      return curve;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
