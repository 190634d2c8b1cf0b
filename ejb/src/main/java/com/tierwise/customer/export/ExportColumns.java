package com.tierwise.customer.export;

import com.tierwise.customer.CustomerDetails;
import com.tierwise.tiering.Assignment;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a customer export: the import's own column names (so an export can be edited and
 * imported again), then the latest run's tier and percentiles.
 */
final class ExportColumns {

  static final List<String> HEADERS =
      List.of(
          "external_id", "name", "business_value", "cx_score", "revenue", "share_of_wallet", "country",
          "industry", "segment", "owner", "email", "hic", "tier", "business_percentile", "cx_percentile");

  private ExportColumns() {}

  /** One customer's cells in header order; numbers stay numbers, unknowns are null. */
  static List<Object> cells(CustomerDetails customer) {
    Assignment assignment = customer.assignment();
    List<Object> cells = new ArrayList<>(HEADERS.size());
    cells.add(customer.externalId());
    cells.add(customer.name());
    cells.add(customer.businessValue());
    cells.add(customer.cxScore());
    cells.add(customer.revenue());
    cells.add(customer.shareOfWallet());
    cells.add(customer.country());
    cells.add(customer.industry());
    cells.add(customer.segment());
    cells.add(customer.owner());
    cells.add(customer.email());
    cells.add(customer.hic());
    cells.add(assignment == null || assignment.tier() == null ? null : assignment.tier().name());
    cells.add(assignment == null ? null : assignment.businessPercentile());
    cells.add(assignment == null ? null : assignment.cxPercentile());
    return cells;
  }
}
