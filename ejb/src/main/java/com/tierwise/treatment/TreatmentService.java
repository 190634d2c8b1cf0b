package com.tierwise.treatment;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Treatment per customer (the contact centre's hot path) and the policy behind it. */
@Stateless
public class TreatmentService {

  private static final Logger LOG = Logger.getLogger(TreatmentService.class.getName());

  @Resource private DataSource dataSource;

  public Optional<Treatment> forCustomer(String externalId) {
    try (Connection connection = dataSource.getConnection()) {
      return new TreatmentRepository(connection).forCustomer(externalId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<TreatmentRule> policy() {
    try (Connection connection = dataSource.getConnection()) {
      return new TreatmentRepository(connection).rules();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<TreatmentRule> savePolicy(List<TreatmentRule> rules, String user)
      throws TreatmentPolicyInvalidException {
    List<String> problems = TreatmentPolicy.problems(rules);
    if (!problems.isEmpty()) {
      throw new TreatmentPolicyInvalidException(problems);
    }
    try (Connection connection = dataSource.getConnection()) {
      TreatmentRepository repository = new TreatmentRepository(connection);
      repository.replace(rules, user, Clock.systemUTC().instant());
      LOG.info(() -> user + " saved the treatment policy");
      return repository.rules();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
