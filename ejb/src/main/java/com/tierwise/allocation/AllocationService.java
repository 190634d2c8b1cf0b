package com.tierwise.allocation;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Answers "who gets how much" from each customer's segment, the policy's priorities and percentiles. */
@Stateless
public class AllocationService {

  /** The customer's segment (HIC before its tier), the policy priority and the business percentile. */
  private static final String CLAIMANT =
      "SELECT c.external_id, p.segment, p.allocation_priority, a.business_percentile FROM customer c"
          + " LEFT JOIN tier_assignment a ON a.customer_id = c.id AND a.run_id = (SELECT MAX(id) FROM tiering_run)"
          + " JOIN treatment_policy p ON p.segment = CASE WHEN c.hic THEN 'HIC' ELSE COALESCE(a.tier, 'UNTIERED') END"
          + " WHERE c.external_id = ?";

  @Resource private DataSource dataSource;

  public Allocation.Result allocate(AllocationRequest request) throws AllocationRefusedException {
    List<String> problems = new ArrayList<>(request.problems());
    if (!problems.isEmpty()) {
      throw new AllocationRefusedException(problems);
    }
    List<Claimant> claimants = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(CLAIMANT)) {
      for (int i = 0; i < request.requests().size(); i++) {
        AllocationRequest.Item item = request.requests().get(i);
        select.setString(1, item.externalId().trim());
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            problems.add("requests[" + i + "].externalId: unknown customer " + item.externalId().trim());
            continue;
          }
          double percentile = row.getDouble(4);
          claimants.add(
              new Claimant(i, row.getString(1), item.quantity(), row.getString(2), row.getInt(3),
                  row.wasNull() ? null : percentile));
        }
      }
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
    if (!problems.isEmpty()) {
      throw new AllocationRefusedException(problems);
    }
    return Allocation.allocate(request.available(), claimants);
  }
}
