package com.tierwise.customer;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Totals of the customer list per filter, kept for a minute: counting a million customers takes
 * tens of milliseconds, too much for every user opening the page. Each total remembers the
 * {@link CustomerDataVersion} it was counted under and is recounted when the database shows
 * another one, so a tiering run, an override decision or new customers on any node of a cluster
 * show at once; other changes (metrics updated by an import, HIC flags) made on another node show
 * within the minute. Also cleared when an import or a tiering run on this node commits.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CustomerCounts {

  static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);

  /** Filters are typed by people, so the variety is small; this only bounds a pathological case. */
  static final int MAX_ENTRIES = 10_000;

  private record Count(long value, CustomerDataVersion version, long countedAtNanos) {}

  private final Map<CustomerFilter, Count> counts = new ConcurrentHashMap<>();

  @Resource private TransactionSynchronizationRegistry transactions;

  /** The clock of the time to live; a test sets its own. */
  LongSupplier nanoTime = System::nanoTime;

  public long count(
      CustomerFilter filter, CustomerDataVersion version, ToLongFunction<CustomerFilter> counter) {
    long now = nanoTime.getAsLong();
    Count cached = counts.get(filter);
    if (cached != null
        && cached.version().equals(version)
        && now - cached.countedAtNanos() < TIME_TO_LIVE.toNanos()) {
      return cached.value();
    }
    long value = counter.applyAsLong(filter);
    if (counts.size() >= MAX_ENTRIES) {
      counts.clear();
    }
    counts.put(filter, new Count(value, version, now));
    return value;
  }

  /** Forgets every total once the current transaction commits (at once without one). */
  public void clearAfterCommit() {
    if (transactions.getTransactionKey() == null) {
      counts.clear();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              counts.clear();
            }
          }
        });
  }
}
