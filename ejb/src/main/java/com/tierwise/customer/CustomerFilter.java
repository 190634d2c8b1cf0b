package com.tierwise.customer;

import com.tierwise.tiering.Band;
import java.io.Serializable;

/**
 * Filters of the customer list; null means no filter. {@code tier} is A, B, C or UNTIERED;
 * {@code nameContains} is folded like stored names (Turkish I/İ, Arabic letter forms); the two
 * bands pick one cell of the latest run's grid.
 */
public record CustomerFilter(
    String tier,
    String owner,
    String segment,
    String country,
    String nameContains,
    Boolean hic,
    Band businessBand,
    Band cxBand) implements Serializable {

  public static final CustomerFilter NONE = new CustomerFilter(null, null, null, null, null, null);

  public CustomerFilter(
      String tier, String owner, String segment, String country, String nameContains, Boolean hic) {
    this(tier, owner, segment, country, nameContains, hic, null, null);
  }

  /** Whether the filter needs the latest run's assignments. */
  boolean needsAssignment() {
    return tier != null || businessBand != null || cxBand != null;
  }
}
