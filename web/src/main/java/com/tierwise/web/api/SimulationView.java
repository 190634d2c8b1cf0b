package com.tierwise.web.api;

import com.tierwise.tiering.Mover;
import com.tierwise.tiering.Simulation;
import java.util.List;

/** The JSON shape of a what-if run: the run as it would be, and who would move. */
public record SimulationView(RunView run, long moverCount, List<Mover> movers) {

  static SimulationView of(Simulation simulation) {
    return new SimulationView(RunView.of(simulation.run()), simulation.moverCount(), simulation.movers());
  }
}
