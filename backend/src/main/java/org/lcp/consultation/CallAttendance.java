package org.lcp.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.lcp.session.AttendanceRecording;
import org.lcp.session.AttendanceStatus;

/**
 * Attendance at a call (recorded like attendance at a learning session): a roster member
 * (consultation call), a registered attendee (informational call, webinar) or a member of a
 * learning community (its calls).
 */
@Entity
@Table(name = "call_attendance")
public class CallAttendance extends AttendanceRecording {

  @Id public UUID id;

  @Column(name = "call_id", nullable = false)
  public UUID callId;

  @Column(name = "roster_member_id")
  public UUID rosterMemberId;

  @Column(name = "attendee_id")
  public UUID attendeeId;

  @Column(name = "community_member_id")
  public UUID communityMemberId;

  /** Absent only for a community member who joined for no organisation. */
  @Column(name = "organization_id")
  public UUID organizationId;

  @Version public int version;

  /** The person this attendance is about. */
  UUID person() {
    return rosterMemberId != null
        ? rosterMemberId
        : attendeeId != null ? attendeeId : communityMemberId;
  }

  boolean attended() {
    return status == AttendanceStatus.PRESENT || status == AttendanceStatus.PARTIAL;
  }
}
