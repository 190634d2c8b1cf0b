package com.tierwise.silo;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cohen's kappa between two raters labelling the same items:
 * {@code (observed - expected) / (1 - expected)}, where expected is the agreement two raters with
 * the same label frequencies would reach by chance.
 */
public final class CohenKappa {

  private CohenKappa() {}

  /**
   * @param pairs one [label of a, label of b] per item both labelled
   */
  public static Agreement of(String raterA, String raterB, List<String[]> pairs) {
    TreeSet<String> labelSet = new TreeSet<>();
    for (String[] pair : pairs) {
      labelSet.add(pair[0]);
      labelSet.add(pair[1]);
    }
    List<String> labels = List.copyOf(labelSet);
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      index.put(labels.get(i), i);
    }
    int k = labels.size();
    long[][] matrix = new long[k][k];
    for (String[] pair : pairs) {
      matrix[index.get(pair[0])][index.get(pair[1])]++;
    }
    int n = pairs.size();
    if (n == 0) {
      return new Agreement(raterA, raterB, 0, labels, matrix, 0, 0, null);
    }
    long agreeing = 0;
    double expected = 0;
    for (int i = 0; i < k; i++) {
      agreeing += matrix[i][i];
      long row = 0;
      long column = 0;
      for (int j = 0; j < k; j++) {
        row += matrix[i][j];
        column += matrix[j][i];
      }
      expected += ((double) row / n) * ((double) column / n);
    }
    double observed = (double) agreeing / n;
    // Both raters always gave the one same label: complete agreement, chance could do no worse.
    Double kappa = expected >= 1.0 ? (observed >= 1.0 ? 1.0 : null) : (observed - expected) / (1 - expected);
    return new Agreement(raterA, raterB, n, labels, matrix, observed, expected, kappa);
  }
}
