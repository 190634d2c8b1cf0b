package com.tierwise.tiering;

/** One customer whose tier changed in a run: the "who" behind a movement count. */
public record Mover(String externalId, String name, String from, String to) {}
