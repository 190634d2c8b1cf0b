package com.tierwise.customer.imports;

import java.io.Serializable;

/** An import that went through: how many customers it created and how many it updated. */
public record ImportResult(long created, long updated) implements Serializable {}
