package com.tierwise.silo;

/**
 * How strong an agreement is, in the bands of Landis and Koch (1977), the usual reading of
 * Cohen's kappa: below 0 poor, up to 0.20 slight, 0.40 fair, 0.60 moderate, 0.80 substantial,
 * above that almost perfect. UNDEFINED when the raters share no customer.
 */
public enum KappaStrength {
  UNDEFINED,
  POOR,
  SLIGHT,
  FAIR,
  MODERATE,
  SUBSTANTIAL,
  ALMOST_PERFECT;

  public static KappaStrength of(Double kappa) {
    if (kappa == null || kappa.isNaN()) {
      return UNDEFINED;
    }
    if (kappa < 0) {
      return POOR;
    }
    if (kappa <= 0.20) {
      return SLIGHT;
    }
    if (kappa <= 0.40) {
      return FAIR;
    }
    if (kappa <= 0.60) {
      return MODERATE;
    }
    if (kappa <= 0.80) {
      return SUBSTANTIAL;
    }
    return ALMOST_PERFECT;
  }
}
