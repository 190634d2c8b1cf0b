package com.tierwise.tiering;

import java.io.Serializable;

/** One customer whose tier changed in a run: the "who" behind a movement count. */
public record Mover(String externalId, String name, String from, String to) implements Serializable {}
