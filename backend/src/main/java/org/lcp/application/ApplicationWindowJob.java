package org.lcp.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Runs the application-window notices ({@code lcp.notices.window-cron}, daily by default; "off"
 * turns it off). A run that finds a notice already sent tells nobody twice.
 */
@ApplicationScoped
public class ApplicationWindowJob {

  private final ApplicationWindowNotices notices;

  public ApplicationWindowJob(ApplicationWindowNotices notices) {
    this.notices = notices;
  }

  @Scheduled(identity = "application-window", cron = "{lcp.notices.window-cron}")
  void run() {
    notices.run(Instant.now());
  }
}
