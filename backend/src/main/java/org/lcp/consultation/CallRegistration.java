package org.lcp.consultation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lcp.common.web.Tracked;

/** An organisation's registration of interest in an informational call; who will join are its attendees. */
@Entity
@Table(name = "call_registration")
public class CallRegistration extends Tracked {

  @Id
  public UUID id;

  @Column(name = "call_id", nullable = false)
  public UUID callId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "registered_by")
  public UUID registeredBy;

  @Column(name = "registered_by_name")
  public String registeredByName;

  /** A person who will join, named by the organisation. */
  @Entity
  @Table(name = "call_registration_attendee")
  public static class Attendee {
    @Id
    public UUID id;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    public int position;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;
  }

  /** Attendance at a call: a roster member (consultation call) or a registered attendee (informational call). */
  @Entity
  @Table(name = "call_attendance")
  public static class Attendance {
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

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public org.lcp.session.AttendanceStatus status;

    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "recorded_by_name")
    public String recordedByName;

    @jakarta.persistence.Version
    public int version;

    /** The person this attendance is about. */
    UUID person() {
      return rosterMemberId != null ? rosterMemberId : attendeeId;
    }
  }
}
