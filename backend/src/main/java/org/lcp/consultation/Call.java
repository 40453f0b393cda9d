package org.lcp.consultation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lcp.api.model.CallAudience;
import org.lcp.api.model.CallKind;
import org.lcp.api.model.CallMode;
import org.lcp.api.model.CallState;
import org.lcp.common.web.Tracked;

/** One call: an occurrence of a series or a call on its own, with its archive entry once it took place. */
@Entity
@Table(name = "scheduled_call")
public class Call extends Tracked {

  @Id
  public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Column(name = "series_id")
  public UUID seriesId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CallKind kind;

  @Column(nullable = false)
  public String topic;

  public String description;

  /** The start as written, in {@link #timeZone}. */
  @Column(name = "local_start", nullable = false)
  public LocalDateTime localStart;

  @Column(name = "time_zone", nullable = false)
  public String timeZone;

  @Column(name = "starts_at", nullable = false)
  public Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  public Instant endsAt;

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CallState state;

  @Column(name = "cancellation_reason")
  public String cancellationReason;

  /** The iCalendar SEQUENCE: rises when the time changes or the call is cancelled. */
  public int sequence;

  @Column(name = "archive_notes")
  public String archiveNotes;

  @Column(name = "archive_recording_url")
  public String archiveRecordingUrl;

  @Column(name = "archive_slides_url")
  public String archiveSlidesUrl;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "archive_topics")
  public String[] archiveTopics;

  @Column(name = "archived_at")
  public Instant archivedAt;

  @Column(name = "archived_by_name")
  public String archivedByName;

  public boolean hasStarted(Instant now) {
    return !startsAt.isAfter(now);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind.toString());
    m.put("topic", topic);
    m.put("description", description);
    m.put("start", localStart.toString());
    m.put("timeZone", timeZone);
    m.put("durationMinutes", durationMinutes);
    m.put("facilitatorUserId", facilitatorUserId.toString());
    m.put("audience", audience.toString());
    m.put("teamId", teamId == null ? null : teamId.toString());
    m.put("mode", mode.toString());
    m.put("joinUrl", joinUrl);
    m.put("phoneNumber", phoneNumber);
    m.put("accessCode", accessCode);
    m.put("state", state.toString());
    m.put("cancellationReason", cancellationReason);
    return m;
  }
}
