package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long after a decision it may simply be undone (lcp.decisions.undo-window, 15 minutes by
 * default); later it is reversed with a reason.
 */
@ApplicationScoped
public class UndoWindow {

  private final Duration length;

  public UndoWindow(
      @ConfigProperty(name = "lcp.decisions.undo-window", defaultValue = "15M") Duration length) {
    this.length = length;
  }

  public Duration length() {
    return length;
  }

  /** Until when the application's decision may be undone; null when it has none or it passed. */
  public Instant until(Application a, Instant now) {
    if (!a.status.decided() || a.decidedAt == null) {
      return null;
    }
    Instant until = a.decidedAt.plus(length);
    return now.isBefore(until) ? until : null;
  }
}
