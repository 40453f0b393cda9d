package org.lcp.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lcp.api.model.CallAudience;
import org.lcp.api.model.CallKind;
import org.lcp.api.model.CallMode;
import org.lcp.common.web.Tracked;

/**
 * A series of calls: the rule they were scheduled from (as it applies from {@link #startDate}) and
 * the details its calls share. The calls themselves are rows of their own.
 */
@Entity
@Table(name = "call_series")
public class CallSeries extends Tracked {

  @Id
  public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CallKind kind;

  @Column(nullable = false)
  public String topic;

  public String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public DayOfWeek weekday;

  @Column(name = "start_time", nullable = false)
  public LocalTime startTime;

  @Column(name = "time_zone", nullable = false)
  public String timeZone;

  @Column(name = "start_date", nullable = false)
  public LocalDate startDate;

  @Column(name = "interval_weeks", nullable = false)
  public int intervalWeeks;

  @Column(name = "until_date")
  public LocalDate untilDate;

  @Column(name = "occurrence_count")
  public Integer occurrenceCount;

  @Column(name = "duration_minutes", nullable = false)
  public int durationMinutes;

  @Column(name = "facilitator_user_id", nullable = false)
  public UUID facilitatorUserId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CallAudience audience;

  @Column(name = "team_id")
  public UUID teamId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CallMode mode;

  @Column(name = "join_url")
  public String joinUrl;

  @Column(name = "phone_number")
  public String phoneNumber;

  @Column(name = "access_code")
  public String accessCode;

  Recurrence.Rule rule() {
    return new Recurrence.Rule(weekday, startTime, java.time.ZoneId.of(timeZone), startDate, intervalWeeks, untilDate,
        occurrenceCount);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("topic", topic);
    m.put("weekday", weekday.toString());
    m.put("startTime", startTime.toString());
    m.put("timeZone", timeZone);
    m.put("startDate", startDate.toString());
    m.put("intervalWeeks", intervalWeeks);
    m.put("until", untilDate == null ? null : untilDate.toString());
    m.put("count", occurrenceCount);
    m.put("durationMinutes", durationMinutes);
    m.put("facilitatorUserId", facilitatorUserId.toString());
    m.put("audience", audience.toString());
    m.put("teamId", teamId == null ? null : teamId.toString());
    m.put("mode", mode.toString());
    return m;
  }
}
