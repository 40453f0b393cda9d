package org.lcp.metrics;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The daily trigger of the metric reminders ({@code lcp.reminders.cron}, "off" to disable it). It
 * is safe on many replicas: every notice has a dedup key, so a second run sends nothing twice.
 */
@ApplicationScoped
public class MetricReminderJob {

  private final MetricReminderService reminders;

  public MetricReminderJob(MetricReminderService reminders) {
    this.reminders = reminders;
  }

  @Scheduled(
      identity = "metric-reminders",
      cron = "{lcp.reminders.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void daily() {
    reminders.run(LocalDate.now(ZoneOffset.UTC));
  }
}
