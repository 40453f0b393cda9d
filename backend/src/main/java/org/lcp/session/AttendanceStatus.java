package org.lcp.session;

/** Whether a person attended a learning session or a call, as stored. */
public enum AttendanceStatus {
  PRESENT,
  ABSENT,
  PARTIAL
}
