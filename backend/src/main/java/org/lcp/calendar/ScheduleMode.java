package org.lcp.calendar;

/** How people take part: a learning session in person or virtually, a call by phone or video. */
public enum ScheduleMode {
  IN_PERSON,
  VIRTUAL,
  PHONE,
  VIDEO
}
