package com.tierwise.reports.delivery;

/** A delivered (or attempted) report as kept in the archive. */
public record ArchivedReport(long deliveryId, String fileName, String contentType, byte[] content) {}
