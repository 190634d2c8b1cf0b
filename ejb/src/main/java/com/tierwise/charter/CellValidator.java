package com.tierwise.charter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks the cells of a draft, all at once, so the whole matrix is fixed in one go. */
public final class CellValidator {

  public static final int MAX_EXPERIENCE_LENGTH = 1000;

  private CellValidator() {}

  /** A problem with one element of the list (by index) and, when one is at fault, a field. */
  public record CellError(int index, String field, String message) {
    @Override
    public String toString() {
      return "[" + index + "]" + (field == null ? "" : " " + field) + ": " + message;
    }
  }

  public record Outcome(List<CharterCell> cells, List<CellError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  public static Outcome validate(List<CellInput> inputs) {
    List<CharterCell> cells = new ArrayList<>();
    List<CellError> errors = new ArrayList<>();
    Set<CharterCell.Key> seen = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      CellInput input = inputs.get(i);
      if (input == null) {
        errors.add(new CellError(i, null, "Each cell must be a JSON object"));
        continue;
      }
      Optional<LifecycleStage> stage = LifecycleStage.parse(input.stage());
      if (stage.isEmpty()) {
        errors.add(new CellError(i, "stage", "stage must be " + LifecycleStage.choices() + ", not " + quote(input.stage())));
      }
      Optional<Segment> segment = Segment.parse(input.segment());
      if (segment.isEmpty()) {
        errors.add(new CellError(i, "segment", "segment must be HIC, A, B or C, not " + quote(input.segment())));
      }
      String experience = input.desiredExperience() == null ? "" : input.desiredExperience().strip();
      if (experience.isEmpty()) {
        errors.add(new CellError(i, "desiredExperience", "desiredExperience is required: the experience this segment should get at this stage"));
      } else if (experience.codePointCount(0, experience.length()) > MAX_EXPERIENCE_LENGTH) {
        errors.add(new CellError(i, "desiredExperience", "desiredExperience has more than " + MAX_EXPERIENCE_LENGTH + " characters"));
      } else if (experience.chars().anyMatch(c -> c == 0)) {
        errors.add(new CellError(i, "desiredExperience", "desiredExperience must not contain the NUL character"));
      }
      Optional<ExperienceOwner> owner = ExperienceOwner.parse(input.owner());
      if (owner.isEmpty()) {
        errors.add(new CellError(i, "owner", "owner must be CCBMX or CCSX, not " + quote(input.owner())));
      }
      Optional<TargetMetric> metric = TargetMetric.parse(input.metric());
      if (metric.isEmpty()) {
        errors.add(new CellError(i, "metric", "metric must be " + TargetMetric.choices() + ", not " + quote(input.metric())));
      }
      BigDecimal target = input.target() instanceof BigDecimal number ? number : null;
      if (target == null) {
        errors.add(new CellError(i, "target", "target is required: a number (NPS -100..100, shares 0..100 percent)"));
      } else if (target.scale() > 2 && target.stripTrailingZeros().scale() > 2) {
        errors.add(new CellError(i, "target", "target has at most two decimals"));
        target = null;
      } else if (metric.isPresent() && !metric.get().allows(target)) {
        errors.add(
            new CellError(
                i, "target",
                metric.get() + " targets are from " + metric.get().min() + " to " + metric.get().max() + ", not " + target.toPlainString()));
        target = null;
      }
      if (stage.isPresent() && segment.isPresent() && !seen.add(new CharterCell.Key(stage.get(), segment.get()))) {
        errors.add(new CellError(i, null, "The cell " + stage.get() + " × " + segment.get() + " appears twice"));
        continue;
      }
      if (stage.isPresent() && segment.isPresent() && !experience.isEmpty() && owner.isPresent() && metric.isPresent()
          && target != null) {
        cells.add(new CharterCell(stage.get(), segment.get(), experience, owner.get(), metric.get(), target));
      }
    }
    return errors.isEmpty() ? new Outcome(cells, List.of()) : new Outcome(List.of(), errors);
  }

  private static String quote(String text) {
    return text == null ? "nothing" : "\"" + text + "\"";
  }
}
