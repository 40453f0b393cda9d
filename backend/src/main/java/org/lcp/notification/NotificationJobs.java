package org.lcp.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The notification package's scheduled jobs. Like every job of the platform they run once per
 * cluster (Quartz's clustered JDBC job store, see org.lcp.common.scheduling) and only call a
 * service method with the current instant, which is where the work is and what tests call.
 */
@ApplicationScoped
public class NotificationJobs {

  private final Outbox outbox;
  private final DigestService digests;

  public NotificationJobs(Outbox outbox, DigestService digests) {
    this.outbox = outbox;
    this.digests = digests;
  }

  /** E-mails whose send failed, tried again when their pause is over. */
  @Scheduled(
      identity = "notification.mail-retry",
      every = "{lcp.mail.retry-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void retryMail() {
    outbox.deliverDue(Instant.now());
  }

  @Scheduled(
      identity = "notification.daily-digest",
      cron = "{lcp.notification.daily-digest-cron}",
      timeZone = "{lcp.scheduler.time-zone}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void dailyDigest() {
    digests.run(Delivery.DAILY_DIGEST, Instant.now());
  }

  @Scheduled(
      identity = "notification.weekly-digest",
      cron = "{lcp.notification.weekly-digest-cron}",
      timeZone = "{lcp.scheduler.time-zone}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void weeklyDigest() {
    digests.run(Delivery.WEEKLY_DIGEST, Instant.now());
  }
}
