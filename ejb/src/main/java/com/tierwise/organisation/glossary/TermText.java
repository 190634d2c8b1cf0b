package com.tierwise.organisation.glossary;

import java.io.Serializable;

/** A glossary term's name and definition in one language. */
public record TermText(String name, String definition) implements Serializable {}
