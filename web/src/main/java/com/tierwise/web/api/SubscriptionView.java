package com.tierwise.web.api;

import com.tierwise.reports.subscription.Subscription;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The JSON shape of a report subscription. */
public record SubscriptionView(
    long id,
    String report,
    String format,
    String locale,
    List<String> recipients,
    String schedule,
    boolean onlyWhenChanged,
    String createdBy,
    Instant createdAt,
    Instant nextDeliveryAt) {

  static SubscriptionView of(Subscription subscription) {
    return new SubscriptionView(
        subscription.id(),
        subscription.report().slug(),
        subscription.format().name().toLowerCase(java.util.Locale.ROOT),
        subscription.locale().getLanguage(),
        subscription.recipients(),
        subscription.schedule().text(),
        subscription.onlyWhenChanged(),
        subscription.createdBy(),
        subscription.createdAt(),
        subscription.schedule().nextAfter(Clock.systemUTC().instant()).orElse(null));
  }
}
