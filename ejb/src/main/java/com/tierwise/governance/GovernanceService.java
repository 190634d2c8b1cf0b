package com.tierwise.governance;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/** The board's queue counts and the governance audit, per customer or per subject. */
@Stateless
public class GovernanceService {

  @Resource private DataSource dataSource;
  @PersistenceContext private EntityManager em;

  public QueueCounts queue() {
    try (Connection connection = dataSource.getConnection()) {
      return new GovernanceQueue(connection).counts(LocalDate.now(ZoneOffset.UTC));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Everything audited about one customer (HIC, profile, overrides), oldest first. */
  public List<AuditRecord> auditOfCustomer(String externalId) {
    try (Connection connection = dataSource.getConnection()) {
      return new GovernanceHistory(connection, em).forCustomer(externalId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<AuditRecord> auditOf(String subject, String subjectId) {
    try (Connection connection = dataSource.getConnection()) {
      return new GovernanceHistory(connection, em).forSubject(subject, subjectId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
