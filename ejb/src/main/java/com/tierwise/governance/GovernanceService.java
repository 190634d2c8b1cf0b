package com.tierwise.governance;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/** The board's queue counts and the governance audit, per customer or per subject. */
@Stateless
public class GovernanceService {

  @Resource private DataSource dataSource;

  public QueueCounts queue() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM tier_override WHERE status = 'PENDING'),"
                    + " (SELECT COUNT(*) FROM hic_nomination WHERE status = 'PENDING'),"
                    + " (SELECT COUNT(*) FROM hic_membership WHERE review_due <= ?)")) {
      select.setDate(1, Date.valueOf(LocalDate.now(ZoneOffset.UTC)));
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return new QueueCounts(row.getLong(1), row.getLong(2), row.getLong(3));
      }
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Everything audited about one customer (HIC, profile, overrides), oldest first. */
  public List<AuditRecord> auditOfCustomer(String externalId) {
    try (Connection connection = dataSource.getConnection()) {
      return new GovernanceAudit(connection).forCustomer(externalId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<AuditRecord> auditOf(String subject, String subjectId) {
    try (Connection connection = dataSource.getConnection()) {
      return new GovernanceAudit(connection).forSubject(subject, subjectId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
