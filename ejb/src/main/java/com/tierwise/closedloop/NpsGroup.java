package com.tierwise.closedloop;

import java.io.Serializable;

/** The NPS of one group of a breakdown or one period of a trend; {@code key} null = none. */
public record NpsGroup(String key, long responses, long promoters, long passives, long detractors, Double nps) implements Serializable {

  static NpsGroup of(String key, Nps nps) {
    return new NpsGroup(key, nps.responses(), nps.promoters(), nps.passives(), nps.detractors(), nps.nps());
  }
}
