package com.tierwise.platform;

/** Names of the MicroProfile Config properties; each also reads as a TIERWISE_* variable. */
public final class TierwiseConfig {

  /** Password of the bootstrap admin (TIERWISE_ADMIN_PASSWORD). */
  public static final String ADMIN_PASSWORD = "tierwise.admin.password";

  /** Seed demo data into an empty database (TIERWISE_DEMO_DATA, default true). */
  public static final String DEMO_DATA = "tierwise.demo.data";

  /** How many demo customers to generate (TIERWISE_DEMO_CUSTOMERS, default 3000). */
  public static final String DEMO_CUSTOMERS = "tierwise.demo.customers";

  /** SMTP user name; mail is sent with authentication only when it is set (TIERWISE_SMTP_USER). */
  public static final String SMTP_USER = "tierwise.smtp.user";

  /** SMTP password, used with {@link #SMTP_USER} (TIERWISE_SMTP_PASSWORD). */
  public static final String SMTP_PASSWORD = "tierwise.smtp.password";

  /** Seconds before the first retry of a failed report delivery (TIERWISE_REPORTS_RETRY_SECONDS, default 60). */
  public static final String REPORT_RETRY_SECONDS = "tierwise.reports.retry.seconds";

  /** Seconds before the first retry of an outbox mail (TIERWISE_MAIL_RETRY_SECONDS, default 60). */
  public static final String MAIL_RETRY_SECONDS = "tierwise.mail.retry.seconds";

  /** Months an HIC approval holds before the board re-reviews it (TIERWISE_HIC_REVIEW_MONTHS, default 12). */
  public static final String HIC_REVIEW_MONTHS = "tierwise.hic.review.months";

  /** Days before an override's expiry that its requester and the board are reminded (default 14). */
  public static final String OVERRIDE_REMINDER_DAYS = "tierwise.override.reminder.days";

  /** Business percentile from which customers are suggested as HIC candidates (default 95). */
  public static final String HIC_CANDIDATE_PERCENTILE = "tierwise.hic.candidate.percentile";

  private TierwiseConfig() {}
}
