package com.tierwise.silo;

import java.util.List;

/**
 * How two raters (departments, or a department and the computed tier) agree on the customers
 * both labelled: the agreement matrix (rows rater a, columns rater b, in label order), observed
 * and chance agreement, and Cohen's kappa (1 perfect, 0 no better than chance, below 0 worse).
 * kappa is null when it is undefined (no customers in common).
 */
public record Agreement(
    String raterA, String raterB, int customers, List<String> labels, long[][] matrix, double observed,
    double expected, Double kappa) {}
