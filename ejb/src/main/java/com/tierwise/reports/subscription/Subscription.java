package com.tierwise.reports.subscription;

import com.tierwise.reports.ReportName;
import com.tierwise.reports.rendering.ReportFormat;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A stored, valid subscription. */
public record Subscription(
    long id,
    ReportName report,
    ReportFormat format,
    Locale locale,
    List<String> recipients,
    DeliverySchedule schedule,
    boolean onlyWhenChanged,
    String createdBy,
    Instant createdAt,
    boolean active) implements Serializable {}
