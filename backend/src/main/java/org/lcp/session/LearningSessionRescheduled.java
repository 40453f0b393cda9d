package org.lcp.session;

import java.util.UUID;

/**
 * Fired in the transaction of a change to when or where a learning session takes place, for the
 * calendar to tell everyone it concerns.
 *
 * @param session the session as it now is (for {@link Kind#CANCELLED}: as it was, with the sequence
 *     the cancellation has)
 * @param by the person who made the change (not told of their own change)
 */
public record LearningSessionRescheduled(Kind kind, LearningSession session, UUID by) {

  public enum Kind {
    /** It got its dates. */
    SCHEDULED,
    /** Its dates, time zone, mode, venue or join link changed. */
    MOVED,
    /** It was deleted, or its dates removed. */
    CANCELLED
  }
}
