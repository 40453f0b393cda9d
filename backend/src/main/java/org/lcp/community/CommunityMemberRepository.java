package org.lcp.community;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.CommunityStanding;
import org.lcp.common.security.Directory;

/** The members, requests and invitations of learning communities. */
@ApplicationScoped
public class CommunityMemberRepository
    implements PanacheRepositoryBase<CommunityMember, UUID>, Directory.Communities {

  /** The row, or 404 when it is not one of the community's. */
  CommunityMember require(UUID collaborativeId, UUID id) {
    return find("id = ?1 and collaborativeId = ?2", id, collaborativeId)
        .firstResultOptional()
        .orElseThrow(() -> ApiException.notFound("community member", id));
  }

  /** The person's open row (PENDING, INVITED or ACTIVE) in the community. */
  Optional<CommunityMember> current(UUID collaborativeId, UUID userId) {
    return find(
            "collaborativeId = ?1 and userId = ?2 and status in ?3",
            collaborativeId,
            userId,
            CommunityMember.Status.CURRENT)
        .firstResultOptional();
  }

  /**
   * The directory: every row of a status (or every row) for stewards; the visible ACTIVE members
   * for members. By name.
   */
  PanacheQuery<CommunityMember> directory(
      UUID collaborativeId, boolean everyone, CommunityMember.Status status) {
    Map<String, Object> p = new HashMap<>();
    p.put("c", collaborativeId);
    String q = "collaborativeId = :c";
    if (!everyone) {
      q += " and status = :active and visible = true";
      p.put("active", CommunityMember.Status.ACTIVE);
    }
    if (status != null) {
      q += " and status = :s";
      p.put("s", status);
    }
    return find(q + " order by lower(name), requestedAt, id", p);
  }

  /** The ACTIVE members of a community (facilitators among them), to tell them something. */
  public List<UUID> activeUserIds(UUID collaborativeId) {
    return getEntityManager()
        .createQuery(
            "select m.userId from CommunityMember m where m.collaborativeId = :c"
                + " and m.status = :active",
            UUID.class)
        .setParameter("c", collaborativeId)
        .setParameter("active", CommunityMember.Status.ACTIVE)
        .getResultList();
  }

  /** The ACTIVE facilitators of a community. */
  List<UUID> facilitators(UUID collaborativeId) {
    return getEntityManager()
        .createQuery(
            "select m.userId from CommunityMember m where m.collaborativeId = :c"
                + " and m.status = :active and m.facilitator = true",
            UUID.class)
        .setParameter("c", collaborativeId)
        .setParameter("active", CommunityMember.Status.ACTIVE)
        .getResultList();
  }

  @Override
  public Map<UUID, CommunityStanding> of(UUID userId) {
    Map<UUID, CommunityStanding> standing = new HashMap<>();
    getEntityManager()
        .createQuery(
            "select m.collaborativeId, m.status, m.facilitator from CommunityMember m"
                + " where m.userId = :u and m.status in :current",
            Object[].class)
        .setParameter("u", userId)
        .setParameter("current", CommunityMember.Status.CURRENT)
        .getResultList()
        .forEach(
            r ->
                standing.put(
                    (UUID) r[0],
                    new CommunityStanding(
                        CommunityStanding.Status.valueOf(r[1].toString()), (Boolean) r[2])));
    return standing;
  }

  @Override
  public boolean isActiveMember(UUID collaborativeId, UUID userId) {
    return userId != null
        && count(
                "collaborativeId = ?1 and userId = ?2 and status = ?3",
                collaborativeId,
                userId,
                CommunityMember.Status.ACTIVE)
            > 0;
  }
}
