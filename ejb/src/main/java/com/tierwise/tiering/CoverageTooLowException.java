package com.tierwise.tiering;

/**
 * Refuses a run when too few customers have a metric: the seed says to stop and get the data
 * first, since tiering on missing data is worse than none.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class CoverageTooLowException extends Exception {

  private final java.util.List<Axis> metrics;

  public CoverageTooLowException(String message, java.util.List<Axis> metrics) {
    super(message);
    this.metrics = java.util.List.copyOf(metrics);
  }

  public java.util.List<Axis> metrics() {
    return metrics;
  }
}
