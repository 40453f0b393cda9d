package org.lcp.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.security.Refs.ApplicationRef;
import org.lcp.common.web.Tracked;

/**
 * One organisation's application to one collaborative, with its Core Data Set commitment inline.
 */
@Entity
@Table(name = "application")
public class Application extends Tracked {

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ApplicationStatus status;

  @Column(name = "returned_for_changes", nullable = false)
  public boolean returnedForChanges;

  @Column(name = "return_message")
  public String returnMessage;

  @Column(name = "decision_message")
  public String decisionMessage;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "decided_at")
  public Instant decidedAt;

  /**
   * Its place on the collaborative's waitlist (1 is offered the next place); only while WAITLISTED.
   */
  @Column(name = "waitlist_position")
  public Integer waitlistPosition;

  @Column(name = "cds_agreed", nullable = false)
  public boolean cdsAgreed;

  @Column(name = "cds_signer_name")
  public String cdsSignerName;

  @Column(name = "cds_signer_member_id")
  public UUID cdsSignerMemberId;

  @Column(name = "cds_signer_title")
  public String cdsSignerTitle;

  @Column(name = "cds_signed_on")
  public LocalDate cdsSignedOn;

  @Column(name = "data_contact_name")
  public String dataContactName;

  @Column(name = "data_contact_email")
  public String dataContactEmail;

  @Column(name = "created_by")
  public UUID createdBy;

  /**
   * Faculty see an application once it has been submitted; a first draft is the applicant's alone.
   */
  public boolean everSubmitted() {
    return submittedAt != null;
  }

  /** What the policies need to know of it (with the collaborative it was made to). */
  public ApplicationRef ref(Collaborative c) {
    return new ApplicationRef(id, organizationId, c.ref(), everSubmitted());
  }
}
