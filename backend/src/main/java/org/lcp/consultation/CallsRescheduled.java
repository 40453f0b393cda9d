package org.lcp.consultation;

import java.util.List;
import java.util.UUID;

/**
 * Fired in the transaction of a change to when a call (or a series' calls) takes place or how to
 * join, for the calendar to tell everyone concerned: one request per change, however many calls of
 * a series it touches.
 *
 * @param series the series, when the change was made to one (then {@code calls} are the calls it
 *     scheduled, re-timed, added or cancelled)
 * @param calls the calls concerned, as they now are (a cancelled one is CANCELLED)
 * @param by the person who made the change (not told of their own change)
 * @param reason the reason given for a cancellation, if any
 */
public record CallsRescheduled(
    Kind kind, UUID collaborativeId, CallSeries series, List<Call> calls, UUID by, String reason) {

  public CallsRescheduled {
    calls = List.copyOf(calls);
  }

  public enum Kind {
    /** Newly scheduled. */
    SCHEDULED,
    /** Its time, time zone, mode or join details changed (for a series: from one call on). */
    MOVED,
    /** Cancelled. */
    CANCELLED
  }
}
