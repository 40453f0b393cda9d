package org.lcp.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.web.Tracked;

/** A learning session of a collaborative: often two days, in person or virtual. */
@Entity
@Table(name = "learning_session")
public class LearningSession extends Tracked {

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  public int number;

  @Column(nullable = false)
  public String title;

  @Column(name = "start_date")
  public LocalDate startDate;

  @Column(name = "end_date")
  public LocalDate endDate;

  @Column(name = "time_zone")
  public String timeZone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public SessionMode mode;

  public String location;

  @Column(name = "join_url")
  public String joinUrl;

  public String agenda;

  /**
   * The iCalendar SEQUENCE: rises whenever what a calendar shows of the session (dates, place,
   * title) changes.
   */
  public int sequence;

  /** Today where the session takes place (UTC without a time zone). */
  LocalDate today() {
    ZoneId zone = ZoneOffset.UTC;
    if (timeZone != null) {
      try {
        zone = ZoneId.of(timeZone);
      } catch (RuntimeException e) {
        // stored zones are validated; keep UTC for anything unexpected
      }
    }
    return LocalDate.now(zone);
  }

  /** Whether the session has started (attendance is taken from then on). */
  boolean held() {
    return AttendanceRules.held(startDate, today());
  }

  /** Where and when it takes place: a change is a move people are told of. */
  Map<String, Object> whereAndWhen() {
    Map<String, Object> m = snapshot();
    m.remove("agenda");
    m.remove("number");
    m.remove("title");
    return m;
  }

  /** A detached copy (what it was, for a notice after the row changed or is gone). */
  LearningSession copy() {
    LearningSession c = new LearningSession();
    c.id = id;
    c.collaborativeId = collaborativeId;
    c.number = number;
    c.title = title;
    c.startDate = startDate;
    c.endDate = endDate;
    c.timeZone = timeZone;
    c.mode = mode;
    c.location = location;
    c.joinUrl = joinUrl;
    c.agenda = agenda;
    c.sequence = sequence;
    c.updatedAt = updatedAt;
    return c;
  }

  /** What a subscribed calendar shows of the session; a change raises {@link #sequence}. */
  Map<String, Object> calendarFields() {
    Map<String, Object> m = snapshot();
    m.remove("agenda");
    m.remove("number");
    return m;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", number);
    m.put("title", title);
    m.put("startDate", startDate == null ? null : startDate.toString());
    m.put("endDate", endDate == null ? null : endDate.toString());
    m.put("timeZone", timeZone);
    m.put("mode", mode.toString());
    m.put("location", location);
    m.put("joinUrl", joinUrl);
    m.put("agenda", agenda);
    return m;
  }
}
