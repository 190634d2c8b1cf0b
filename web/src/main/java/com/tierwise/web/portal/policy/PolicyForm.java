package com.tierwise.web.portal.policy;

import com.tierwise.tiering.Band;
import com.tierwise.tiering.Cuts;
import com.tierwise.tiering.TierGrid;
import com.tierwise.tiering.TieringPolicy;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy as the form edits it: cuts in percentiles, the minimum coverage in percent (the
 * policy keeps a share), and the grid as nine tier letters, business HIGH row first.
 */
public class PolicyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BigDecimal businessLow;
  private BigDecimal businessHigh;
  private BigDecimal cxLow;
  private BigDecimal cxHigh;
  private BigDecimal minCoveragePercent;
  private final List<GridRow> rows = new ArrayList<>(3);

  /** One business band of the grid, its cells in CX LOW, MID, HIGH order. */
  public static final class GridRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String business;
    private final List<GridCell> cells;

    GridRow(String business, List<GridCell> cells) {
      this.business = business;
      this.cells = cells;
    }

    public String getBusiness() {
      return business;
    }

    public List<GridCell> getCells() {
      return cells;
    }
  }

  /** One cell: the tier letter A, B or C. */
  public static final class GridCell implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String cx;
    private String tier;

    GridCell(String cx, String tier) {
      this.cx = cx;
      this.tier = tier;
    }

    public String getCx() {
      return cx;
    }

    public String getTier() {
      return tier;
    }

    public void setTier(String tier) {
      this.tier = tier;
    }
  }

  public static PolicyForm of(TieringPolicy policy) {
    PolicyForm form = new PolicyForm();
    form.businessLow = policy.businessCuts().low();
    form.businessHigh = policy.businessCuts().high();
    form.cxLow = policy.cxCuts().low();
    form.cxHigh = policy.cxCuts().high();
    form.minCoveragePercent = policy.minCoverage().multiply(HUNDRED).stripTrailingZeros();
    Band[] order = {Band.HIGH, Band.MID, Band.LOW};
    for (Band business : order) {
      List<GridCell> cells = new ArrayList<>(3);
      for (Band cx : new Band[] {Band.LOW, Band.MID, Band.HIGH}) {
        cells.add(new GridCell(cx.name(), policy.grid().tierOf(business, cx).name()));
      }
      form.rows.add(new GridRow(business.name(), cells));
    }
    return form;
  }

  /** The policy this form describes; the service checks it ({@link TieringPolicy#problems()}). */
  public TieringPolicy toPolicy() {
    StringBuilder code = new StringBuilder(9);
    for (GridRow row : rows) {
      for (GridCell cell : row.cells) {
        code.append(cell.tier);
      }
    }
    BigDecimal minCoverage =
        minCoveragePercent == null ? null : minCoveragePercent.divide(HUNDRED, 6, RoundingMode.HALF_UP);
    return new TieringPolicy(
        new Cuts(businessLow, businessHigh), new Cuts(cxLow, cxHigh), TierGrid.fromCode(code.toString()), minCoverage);
  }

  /** True when either axis has its cuts the wrong way round (the page says so in its language). */
  public boolean cutsOutOfOrder() {
    return outOfOrder(businessLow, businessHigh) || outOfOrder(cxLow, cxHigh);
  }

  private static boolean outOfOrder(BigDecimal low, BigDecimal high) {
    return low != null && high != null && low.compareTo(high) >= 0;
  }

  public BigDecimal getBusinessLow() {
    return businessLow;
  }

  public void setBusinessLow(BigDecimal businessLow) {
    this.businessLow = businessLow;
  }

  public BigDecimal getBusinessHigh() {
    return businessHigh;
  }

  public void setBusinessHigh(BigDecimal businessHigh) {
    this.businessHigh = businessHigh;
  }

  public BigDecimal getCxLow() {
    return cxLow;
  }

  public void setCxLow(BigDecimal cxLow) {
    this.cxLow = cxLow;
  }

  public BigDecimal getCxHigh() {
    return cxHigh;
  }

  public void setCxHigh(BigDecimal cxHigh) {
    this.cxHigh = cxHigh;
  }

  public BigDecimal getMinCoveragePercent() {
    return minCoveragePercent;
  }

  public void setMinCoveragePercent(BigDecimal minCoveragePercent) {
    this.minCoveragePercent = minCoveragePercent;
  }

  public List<GridRow> getRows() {
    return rows;
  }
}
