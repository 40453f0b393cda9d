package org.lcp.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.security.Refs.CallRef;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.web.Tracked;

/**
 * A series of calls: the rule they were scheduled from (as it applies from {@link #startDate}) and
 * the details its calls share. The calls themselves are rows of their own.
 */
@Entity
@Table(name = "call_series")
public class CallSeries extends Tracked {

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CallKind kind;

  /** What its calls share: topic, time zone, duration, facilitator, audience and how to join. */
  @Embedded public CallDetails details;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public DayOfWeek weekday;

  @Column(name = "start_time", nullable = false)
  public LocalTime startTime;

  @Column(name = "start_date", nullable = false)
  public LocalDate startDate;

  @Column(name = "interval_weeks", nullable = false)
  public int intervalWeeks;

  @Column(name = "until_date")
  public LocalDate untilDate;

  @Column(name = "occurrence_count")
  public Integer occurrenceCount;

  /** What the policies need to know of it: a series is seen by whoever sees its calls. */
  public CallRef ref(CollaborativeRef collaborative) {
    return details.ref(id, kind, collaborative);
  }

  /** Takes the rule (its first call's date as start) and the details its calls share. */
  void apply(Recurrence.Rule rule, CallDetails d) {
    details = d.copy();
    weekday = rule.weekday();
    startTime = rule.time();
    startDate = rule.startDate();
    intervalWeeks = rule.intervalWeeks();
    untilDate = rule.until();
    occurrenceCount = rule.count();
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("topic", details.topic);
    m.put("weekday", weekday.toString());
    m.put("startTime", startTime.toString());
    m.put("timeZone", details.timeZone);
    m.put("startDate", startDate.toString());
    m.put("intervalWeeks", intervalWeeks);
    m.put("until", untilDate == null ? null : untilDate.toString());
    m.put("count", occurrenceCount);
    details.snapshot(m);
    return m;
  }
}
