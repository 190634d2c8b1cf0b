package com.tierwise.reports.subscription;

import java.util.List;

/** A subscription as a client asks for it, before validation. */
public record SubscriptionRequest(
    String report, String format, String locale, List<String> recipients, String schedule, Boolean onlyWhenChanged) {}
