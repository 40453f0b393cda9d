package org.lcp.calendar;

/** What a schedule lists: learning sessions and calls. */
public enum ScheduleItemType {
  LEARNING_SESSION,
  CALL
}
