package com.tierwise.silo;

/** One line of a segmentation file: a department's label for a customer. */
public record SiloRow(long line, String department, String externalId, String label) {}
