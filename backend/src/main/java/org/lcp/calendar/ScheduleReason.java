package org.lcp.calendar;

/**
 * Why something is in a person's schedule: they are its faculty, their team is expected, their
 * organisation registered.
 */
public enum ScheduleReason {
  FACULTY,
  TEAM,
  REGISTERED
}
