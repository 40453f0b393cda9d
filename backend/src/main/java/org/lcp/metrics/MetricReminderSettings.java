package org.lcp.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * When a collaborative's teams are reminded of the values they owe. A collaborative without a row
 * has the defaults ({@link #defaults}); the version counts changes by hand (the ETag), 0 for the
 * defaults.
 */
@Entity
@Table(name = "metric_reminder_settings")
public class MetricReminderSettings {

  static final int DAYS_BEFORE_DUE = 5;
  static final int SENIOR_LEADER_AFTER_DAYS = 7;
  static final int LEAD_FACULTY_AFTER_DAYS = 14;
  static final int DAYS_BEFORE_LOCK = 3;

  @Id
  @Column(name = "collaborative_id")
  public UUID collaborativeId;

  public boolean enabled;

  @Column(name = "days_before_due")
  public int daysBeforeDue;

  @Column(name = "senior_leader_after_days")
  public int seniorLeaderAfterDays;

  @Column(name = "lead_faculty_after_days")
  public int leadFacultyAfterDays;

  @Column(name = "days_before_lock")
  public int daysBeforeLock;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** Counted by the service (not JPA's @Version: the defaults, without a row, are version 0). */
  public int version;

  static MetricReminderSettings defaults(UUID collaborativeId) {
    MetricReminderSettings s = new MetricReminderSettings();
    s.collaborativeId = collaborativeId;
    s.enabled = true;
    s.daysBeforeDue = DAYS_BEFORE_DUE;
    s.seniorLeaderAfterDays = SENIOR_LEADER_AFTER_DAYS;
    s.leadFacultyAfterDays = LEAD_FACULTY_AFTER_DAYS;
    s.daysBeforeLock = DAYS_BEFORE_LOCK;
    s.version = 0;
    return s;
  }

  /** The audited fields. */
  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", enabled);
    m.put("daysBeforeDue", daysBeforeDue);
    m.put("seniorLeaderAfterDays", seniorLeaderAfterDays);
    m.put("leadFacultyAfterDays", leadFacultyAfterDays);
    m.put("daysBeforeLock", daysBeforeLock);
    return m;
  }
}
