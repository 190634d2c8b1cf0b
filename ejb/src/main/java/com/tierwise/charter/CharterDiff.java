package com.tierwise.charter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Cell by cell, what a charter version changed against its predecessor. */
public final class CharterDiff {

  private CharterDiff() {}

  public enum Kind {
    ADDED,
    CHANGED,
    REMOVED
  }

  /**
   * One cell that differs.
   *
   * @param before the predecessor's cell (null when ADDED)
   * @param after this version's cell (null when REMOVED)
   * @param fields what changed in a CHANGED cell: desiredExperience, owner, metric, target
   */
  public record Change(
      LifecycleStage stage, Segment segment, Kind kind, CharterCell before, CharterCell after, List<String> fields) implements Serializable {}

  /** The changes in matrix order; empty when both hold the same cells. */
  public static List<Change> between(List<CharterCell> before, List<CharterCell> after) {
    Map<CharterCell.Key, CharterCell> old = index(before);
    Map<CharterCell.Key, CharterCell> now = index(after);
    Map<CharterCell.Key, Change> changes =
        new TreeMap<>(
            java.util.Comparator.comparing(CharterCell.Key::stage).thenComparing(CharterCell.Key::segment));
    for (var entry : now.entrySet()) {
      CharterCell was = old.get(entry.getKey());
      CharterCell is = entry.getValue();
      if (was == null) {
        changes.put(entry.getKey(), new Change(is.stage(), is.segment(), Kind.ADDED, null, is, List.of()));
      } else if (!was.sameAs(is)) {
        changes.put(entry.getKey(), new Change(is.stage(), is.segment(), Kind.CHANGED, was, is, fields(was, is)));
      }
    }
    for (var entry : old.entrySet()) {
      if (!now.containsKey(entry.getKey())) {
        CharterCell was = entry.getValue();
        changes.put(entry.getKey(), new Change(was.stage(), was.segment(), Kind.REMOVED, was, null, List.of()));
      }
    }
    return List.copyOf(changes.values());
  }

  private static List<String> fields(CharterCell was, CharterCell is) {
    List<String> fields = new ArrayList<>();
    if (!was.desiredExperience().equals(is.desiredExperience())) {
      fields.add("desiredExperience");
    }
    if (was.owner() != is.owner()) {
      fields.add("owner");
    }
    if (was.metric() != is.metric()) {
      fields.add("metric");
    }
    if (was.target().compareTo(is.target()) != 0) {
      fields.add("target");
    }
    return fields;
  }

  private static Map<CharterCell.Key, CharterCell> index(List<CharterCell> cells) {
    Map<CharterCell.Key, CharterCell> index = new LinkedHashMap<>();
    for (CharterCell cell : cells) {
      index.put(cell.key(), cell);
    }
    return index;
  }
}
