package com.tierwise.tiering;

import java.util.List;

/**
 * What a policy would do if it were saved and run now: the run it would produce (counts, cells,
 * movements against the latest real run, warnings) and the first customers who would move.
 * Nothing of it is kept.
 */
public record Simulation(TieringRunSummary run, List<Mover> movers, long moverCount) {}
