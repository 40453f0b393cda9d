package org.lcp.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lcp.common.security.Refs.CallRef;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.web.Tracked;

/**
 * One call: an occurrence of a series or a call on its own, with its archive entry once it took
 * place.
 */
@Entity
@Table(name = "scheduled_call")
public class Call extends Tracked {

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Column(name = "series_id")
  public UUID seriesId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CallKind kind;

  /** Topic, time zone, duration, facilitator, audience and how to join. */
  @Embedded public CallDetails details;

  /** The start as written, in the details' time zone. */
  @Column(name = "local_start", nullable = false)
  public LocalDateTime localStart;

  @Column(name = "starts_at", nullable = false)
  public Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  public Instant endsAt;

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

  /** A webinar's seats (attendees of CONFIRMED registrations); null: no limit. */
  public Integer capacity;

  public boolean hasStarted(Instant now) {
    return !startsAt.isAfter(now);
  }

  /**
   * An informational call or a webinar: open to the network, organisations register for it and its
   * attendance is taken of their named attendees.
   */
  public boolean isInformational() {
    return kind.open();
  }

  public boolean isWebinar() {
    return kind == CallKind.WEBINAR;
  }

  /** What the policies need to know of it. */
  public CallRef ref(CollaborativeRef collaborative) {
    return details.ref(id, kind, collaborative);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind.toString());
    m.put("topic", details.topic);
    m.put("description", details.description);
    m.put("start", localStart.toString());
    m.put("timeZone", details.timeZone);
    details.snapshot(m);
    m.put("joinUrl", details.joinUrl);
    m.put("phoneNumber", details.phoneNumber);
    m.put("accessCode", details.accessCode);
    m.put("state", state.toString());
    m.put("capacity", capacity);
    m.put("cancellationReason", cancellationReason);
    return m;
  }
}
