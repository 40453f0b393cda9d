package org.lcp.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.lcp.common.security.AppUser;
import org.lcp.common.security.MemberRole;

/** A person's membership of an organisation, with their role in its team. */
@Entity
@Table(name = "membership")
public class Membership {

  @Id public UUID id;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id")
  public AppUser user;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MemberRole role;

  @Column(name = "invited_at", nullable = false)
  public Instant invitedAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public int version;
}
