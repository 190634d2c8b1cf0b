package com.tierwise.web.portal.customers;

import com.tierwise.customer.CustomerDetails;
import com.tierwise.tiering.Assignment;
import com.tierwise.tiering.Band;
import com.tierwise.tiering.Tier;
import com.tierwise.tiering.TierExplanation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** The customer 360's core: who the customer is, why it has its tier, its tier in the latest runs. */
public record CustomerDetail(
    CustomerRow customer, Identity identity, Explanation explanation, List<HistoryEntry> history)
    implements Serializable {

  /** The rest of what the customer record holds, beyond the list's columns. */
  public record Identity(
      String industry,
      String email,
      BigDecimal revenue,
      BigDecimal shareOfWallet,
      boolean hic,
      Instant createdAt,
      Instant updatedAt)
      implements Serializable {

    public Date createdDate() {
      return Date.from(createdAt);
    }

    public Date updatedDate() {
      return Date.from(updatedAt);
    }
  }

  /** {@link TierExplanation}, its structured parts for the portal to word and its English text. */
  public record Explanation(
      String source,
      Long runId,
      Integer policyVersion,
      AxisReason business,
      AxisReason cx,
      Tier cellTier,
      Tier tier,
      String text)
      implements Serializable {

    public boolean computed() {
      return TierExplanation.COMPUTED.equals(source);
    }

    public boolean hasRun() {
      return runId != null;
    }

    static Explanation of(TierExplanation explanation) {
      return new Explanation(
          explanation.source(),
          explanation.runId(),
          explanation.policyVersion(),
          AxisReason.of(explanation.business()),
          AxisReason.of(explanation.cx()),
          explanation.cellTier(),
          explanation.tier(),
          explanation.text());
    }
  }

  /** One axis: its value, percentile, band and the policy's two cuts. */
  public record AxisReason(BigDecimal value, Double percentile, Band band, BigDecimal lowCut, BigDecimal highCut)
      implements Serializable {

    static AxisReason of(TierExplanation.AxisReason reason) {
      return reason == null
          ? null
          : new AxisReason(reason.value(), reason.percentile(), reason.band(), reason.lowCut(), reason.highCut());
    }
  }

  /** The customer's result in one run. */
  public record HistoryEntry(
      long runId, Instant runAt, Tier tier, BigDecimal businessValue, BigDecimal cxScore, Band businessBand, Band cxBand)
      implements Serializable {

    static HistoryEntry of(Assignment assignment) {
      return new HistoryEntry(
          assignment.runId(),
          assignment.runAt(),
          assignment.tier(),
          assignment.businessValue(),
          assignment.cxScore(),
          assignment.businessBand(),
          assignment.cxBand());
    }

    /** For {@code f:convertDateTime}, which in Faces 4.0 takes no {@link Instant}. */
    public Date runDate() {
      return runAt == null ? null : Date.from(runAt);
    }
  }

  public static CustomerDetail of(
      CustomerDetails customer, TierExplanation explanation, List<Assignment> history) {
    return new CustomerDetail(
        CustomerRow.of(customer),
        new Identity(
            customer.industry(),
            customer.email(),
            customer.revenue(),
            customer.shareOfWallet(),
            customer.hic(),
            customer.createdAt(),
            customer.updatedAt()),
        Explanation.of(explanation),
        history.stream().map(HistoryEntry::of).toList());
  }
}
