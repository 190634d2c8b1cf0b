package com.tierwise.organisation.journey;

import com.tierwise.charter.LifecycleStage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The journey map as a grid: one row (swim lane) per owning side, one column per lifecycle stage
 * in the order customers pass through them, touchpoints in each cell by position. Every cell
 * exists, empty or not, so the grid keeps its shape.
 */
public record JourneyGrid(List<LifecycleStage> stages, List<Lane> lanes) implements Serializable {

  public record Lane(JourneyOwner owner, List<Cell> cells) implements Serializable {}

  public record Cell(LifecycleStage stage, List<JourneyEntry> entries) implements Serializable {}

  public static JourneyGrid of(List<JourneyEntry> entries) {
    List<LifecycleStage> stages = List.of(LifecycleStage.values());
    List<Lane> lanes = new ArrayList<>();
    for (JourneyOwner owner : JourneyOwner.values()) {
      List<Cell> cells = new ArrayList<>();
      for (LifecycleStage stage : stages) {
        cells.add(
            new Cell(
                stage,
                entries.stream()
                    .filter(entry -> entry.touchpoint().owner() == owner && entry.touchpoint().stage() == stage)
                    .sorted(Comparator.comparingInt((JourneyEntry entry) -> entry.touchpoint().position())
                        .thenComparingLong(entry -> entry.touchpoint().id()))
                    .toList()));
      }
      lanes.add(new Lane(owner, cells));
    }
    return new JourneyGrid(stages, lanes);
  }
}
