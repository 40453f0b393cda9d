package org.lcp.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.lcp.common.web.Tracked;

/**
 * An organisation's registration of interest in an informational call or a webinar, or a person's
 * own for a webinar (no organisation; the registrant's); who will join are its attendees.
 */
@Entity
@Table(name = "call_registration")
public class CallRegistration extends Tracked {

  @Id public UUID id;

  @Column(name = "call_id", nullable = false)
  public UUID callId;

  /** Null: a person registered for a webinar on their own ({@link #registeredBy}). */
  @Column(name = "organization_id")
  public UUID organizationId;

  @Column(name = "registered_by")
  public UUID registeredBy;

  @Column(name = "registered_by_name")
  public String registeredByName;

  /** CONFIRMED, or WAITLISTED for a full webinar until seats free up. */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false)
  public Status status = Status.CONFIRMED;

  /** When a waitlisted registration was confirmed. */
  @Column(name = "promoted_at")
  public java.time.Instant promotedAt;

  public enum Status {
    CONFIRMED,
    WAITLISTED
  }

  /** A person who will join, named by the organisation. */
  @Entity
  @Table(name = "call_registration_attendee")
  public static class Attendee {
    @Id public UUID id;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    public int position;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;
  }
}
