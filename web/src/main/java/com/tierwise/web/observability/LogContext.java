package com.tierwise.web.observability;

/**
 * The logging MDC through JBoss Logging, which WildFly's log manager (and its JSON formatter)
 * reads. Where JBoss Logging is missing the values are simply not attached: the request summary
 * carries the id in its text as well.
 */
final class LogContext {

  private static final String[] KEYS = {"requestId", "method", "template", "status", "durationMs", "user"};
  private static volatile boolean available = true;

  private LogContext() {}

  static void put(String key, String value) {
    if (available) {
      try {
        org.jboss.logging.MDC.put(key, value);
      } catch (LinkageError e) {
        available = false;
      }
    }
  }

  static void clear() {
    if (available) {
      try {
        for (String key : KEYS) {
          org.jboss.logging.MDC.remove(key);
        }
      } catch (LinkageError e) {
        available = false;
      }
    }
  }
}
