package org.lcp.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.security.Refs.CommunityMemberRef;
import org.lcp.common.web.Tracked;

/**
 * One time a person is in (or asks to be in, or is invited to) a learning community. A person who
 * left and comes back gets a new row.
 */
@Entity
@Table(name = "community_member")
public class CommunityMember extends Tracked {

  public enum Status {
    PENDING,
    INVITED,
    ACTIVE,
    DECLINED,
    LEFT,
    REMOVED;

    /** The statuses of a row that is still open: at most one per person and community. */
    static final Set<Status> CURRENT = EnumSet.of(PENDING, INVITED, ACTIVE);
  }

  @Id public UUID id;

  @Column(name = "collaborative_id", nullable = false)
  public UUID collaborativeId;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(name = "organization_id")
  public UUID organizationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  public boolean facilitator;

  public boolean visible;

  @Column(nullable = false)
  public String name;

  public String region;

  public String message;

  @Column(name = "requested_by")
  public UUID requestedBy;

  @Column(name = "requested_at", nullable = false)
  public Instant requestedAt;

  @Column(name = "joined_at")
  public Instant joinedAt;

  @Column(name = "ended_at")
  public Instant endedAt;

  /**
   * A new row of the community: a request (PENDING) or an invitation (INVITED) of a person, made by
   * {@code by}.
   */
  static CommunityMember open(
      UUID collaborativeId,
      UUID userId,
      UUID organizationId,
      Status status,
      String name,
      String message,
      UUID by,
      Instant now) {
    CommunityMember m = new CommunityMember();
    m.id = UUID.randomUUID();
    m.collaborativeId = collaborativeId;
    m.userId = userId;
    m.organizationId = organizationId;
    m.status = status;
    m.name = name;
    m.message = message;
    m.requestedBy = by;
    m.requestedAt = now;
    m.created(now);
    return m;
  }

  boolean current() {
    return Status.CURRENT.contains(status);
  }

  CommunityMemberRef ref(CollaborativeRef community) {
    return new CommunityMemberRef(
        id, userId, community, status == Status.ACTIVE, current(), visible);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("userId", userId.toString());
    m.put("organizationId", organizationId == null ? null : organizationId.toString());
    m.put("status", status.toString());
    m.put("facilitator", facilitator);
    m.put("visible", visible);
    m.put("region", region);
    return m;
  }
}
