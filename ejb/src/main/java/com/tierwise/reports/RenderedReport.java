package com.tierwise.reports;

/**
 * A rendered report file.
 *
 * @param fileName e.g. executive-tier-2026-11-22.pdf
 * @param contentType the MIME type of the format
 * @param content the file
 * @param fingerprint SHA-256 of the figures (not of the dates), to tell whether anything changed
 */
public record RenderedReport(String fileName, String contentType, byte[] content, String fingerprint, String title) {}
