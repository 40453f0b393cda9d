package org.lcp.calendar;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Runs the day-before reminders ({@code lcp.notices.upcoming-cron}, hourly by default; "off" turns
 * it off). A run that sees an event again tells nobody twice.
 */
@ApplicationScoped
public class EventReminderJob {

  private final EventReminderService reminders;

  public EventReminderJob(EventReminderService reminders) {
    this.reminders = reminders;
  }

  @Scheduled(identity = "schedule-upcoming", cron = "{lcp.notices.upcoming-cron}")
  void run() {
    reminders.run(Instant.now());
  }
}
