package org.lcp.consultation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.lcp.session.AttendanceStatus;

/** Attendance at a call: a roster member (consultation call) or a registered attendee (informational call). */
@Entity
@Table(name = "call_attendance")
public class CallAttendance {

  @Id
  public UUID id;

  @Column(name = "call_id", nullable = false)
  public UUID callId;

  @Column(name = "roster_member_id")
  public UUID rosterMemberId;

  @Column(name = "attendee_id")
  public UUID attendeeId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public AttendanceStatus status;

  public String note;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @Column(name = "recorded_by")
  public UUID recordedBy;

  @Column(name = "recorded_by_name")
  public String recordedByName;

  @Version
  public int version;

  /** The person this attendance is about. */
  UUID person() {
    return rosterMemberId != null ? rosterMemberId : attendeeId;
  }

  boolean attended() {
    return status == AttendanceStatus.PRESENT || status == AttendanceStatus.PARTIAL;
  }
}
