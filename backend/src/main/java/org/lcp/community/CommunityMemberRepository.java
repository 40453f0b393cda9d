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
   * The person's own row: the open one if there is one, else the one that ended last (a declined
   * request, a membership left).
   */
  Optional<CommunityMember> mine(UUID collaborativeId, UUID userId) {
    return current(collaborativeId, userId)
        .or(
            () ->
                find(
                        "collaborativeId = ?1 and userId = ?2"
                            + " order by coalesce(endedAt, updatedAt) desc, id",
                        collaborativeId,
                        userId)
                    .firstResultOptional());
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

  /**
   * A community's members per month (UTC), for its usage report: month to {ACTIVE members at the
   * month's end, members who joined in it, members who left or were removed in it, organisations
   * those ACTIVE members joined for (distinct; a member of no organisation adds none)}.
   */
  public Map<java.time.YearMonth, long[]> monthly(
      UUID collaborativeId, java.time.YearMonth from, java.time.YearMonth to) {
    Map<java.time.YearMonth, long[]> out = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select to_char(m.s, 'YYYY-MM'),"
                    + " (select count(*) from community_member x where x.collaborative_id = :c"
                    + "   and x.joined_at < (m.s + interval '1 month') at time zone 'UTC'"
                    + "   and (x.ended_at is null"
                    + "        or x.ended_at >= (m.s + interval '1 month') at time zone 'UTC')),"
                    + " (select count(*) from community_member x where x.collaborative_id = :c"
                    + "   and x.joined_at >= m.s at time zone 'UTC'"
                    + "   and x.joined_at < (m.s + interval '1 month') at time zone 'UTC'),"
                    + " (select count(*) from community_member x where x.collaborative_id = :c"
                    + "   and x.status in ('LEFT', 'REMOVED') and x.joined_at is not null"
                    + "   and x.ended_at >= m.s at time zone 'UTC'"
                    + "   and x.ended_at < (m.s + interval '1 month') at time zone 'UTC'),"
                    + " (select count(distinct x.organization_id) from community_member x"
                    + "   where x.collaborative_id = :c"
                    + "   and x.joined_at < (m.s + interval '1 month') at time zone 'UTC'"
                    + "   and (x.ended_at is null"
                    + "        or x.ended_at >= (m.s + interval '1 month') at time zone 'UTC'))"
                    + " from generate_series(cast(:from as timestamp), cast(:to as timestamp),"
                    + " interval '1 month') as m(s)")
            .setParameter("c", collaborativeId)
            .setParameter("from", from.atDay(1).atStartOfDay())
            .setParameter("to", to.atDay(1).atStartOfDay())
            .getResultList();
    for (Object[] r : rows) {
      out.put(
          java.time.YearMonth.parse((String) r[0]),
          new long[] {
            ((Number) r[1]).longValue(),
            ((Number) r[2]).longValue(),
            ((Number) r[3]).longValue(),
            ((Number) r[4]).longValue()
          });
    }
    return out;
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
  public List<Directory.CommunityPerson> activeAt(UUID collaborativeId, java.time.Instant at) {
    return getEntityManager()
        .createQuery(
            "select m.id, m.userId, m.organizationId, m.name from CommunityMember m"
                + " where m.collaborativeId = :c"
                + " and m.joinedAt <= :at and (m.endedAt is null or m.endedAt > :at)"
                + " order by lower(m.name), m.id",
            Object[].class)
        .setParameter("c", collaborativeId)
        .setParameter("at", at)
        .getResultList()
        .stream()
        .map(
            r ->
                new Directory.CommunityPerson((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3]))
        .toList();
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
