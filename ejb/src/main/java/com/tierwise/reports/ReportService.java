package com.tierwise.reports;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Renders a report now, from one consistent read of the database. */
@Stateless
public class ReportService {

  private static final Logger LOG = Logger.getLogger(ReportService.class.getName());

  @Resource private DataSource dataSource;

  // One transaction: every query of the report sees the same snapshot on PostgreSQL.
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public RenderedReport render(ReportRequest request) {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      RenderedReport report = new ReportBuilder(connection).render(request, Clock.systemUTC().instant());
      LOG.info(
          () ->
              "Rendered " + report.fileName() + " (" + request.locale() + ", " + report.content().length + " bytes) in "
                  + (System.nanoTime() - started) / 1_000_000 + " ms");
      return report;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
