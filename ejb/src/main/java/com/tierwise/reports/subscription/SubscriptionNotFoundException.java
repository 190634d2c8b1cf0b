package com.tierwise.reports.subscription;

import jakarta.ejb.ApplicationException;

/** No (active) subscription or delivery with that id (answered 404). */
@ApplicationException(rollback = true)
public class SubscriptionNotFoundException extends RuntimeException {

  public SubscriptionNotFoundException(String message) {
    super(message);
  }
}
