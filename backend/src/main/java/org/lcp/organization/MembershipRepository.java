package org.lcp.organization;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lcp.common.security.Directory;
import org.lcp.common.security.MemberRole;

/** Memberships; also tells the security policies which organisations a person belongs to. */
@ApplicationScoped
public class MembershipRepository
    implements PanacheRepositoryBase<Membership, UUID>, Directory.Memberships {

  public Optional<Membership> findInOrganization(UUID organizationId, UUID memberId) {
    return find("id = ?1 and organizationId = ?2", memberId, organizationId).firstResultOptional();
  }

  public boolean exists(UUID organizationId, UUID userId) {
    return count("organizationId = ?1 and user.id = ?2", organizationId, userId) > 0;
  }

  public long countRole(UUID organizationId, MemberRole role) {
    return count("organizationId = ?1 and role = ?2", organizationId, role);
  }

  /** The people of an organisation (to notify them). */
  public List<UUID> userIds(UUID organizationId) {
    return getEntityManager()
        .createQuery("select m.user.id from Membership m where m.organizationId = :o", UUID.class)
        .setParameter("o", organizationId)
        .getResultList();
  }

  /** A member of an organisation, with the organisation's time zone (null when it has none). */
  public record Reader(UUID organizationId, UUID userId, String timeZone) {}

  /**
   * The people of several organisations with the time zone each reads times in (one query), to tell
   * them of something scheduled.
   */
  public List<Reader> readers(Collection<UUID> organizationIds) {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "select m.organizationId, m.user.id, o.timeZone from Membership m, Organization o "
                + "where o.id = m.organizationId and m.organizationId in :orgs "
                + "order by lower(o.name), o.id",
            Object[].class)
        .setParameter("orgs", organizationIds)
        .getResultList()
        .stream()
        .map(r -> new Reader((UUID) r[0], (UUID) r[1], (String) r[2]))
        .toList();
  }

  /** Member counts of several organisations in one query (0 for those without members). */
  public Map<UUID, Long> counts(List<UUID> organizationIds) {
    Map<UUID, Long> counts = new HashMap<>();
    organizationIds.forEach(id -> counts.put(id, 0L));
    if (!organizationIds.isEmpty()) {
      getEntityManager()
          .createQuery(
              "select m.organizationId, count(m) from Membership m "
                  + "where m.organizationId in :ids group by m.organizationId",
              Object[].class)
          .setParameter("ids", organizationIds)
          .getResultList()
          .forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
    }
    return counts;
  }

  /** Members of an organisation, filtered by role and by status (INVITED: never signed in). */
  public PanacheQuery<Membership> search(UUID organizationId, MemberRole role, String status) {
    StringBuilder where = new StringBuilder("organizationId = :org");
    Parameters p = Parameters.with("org", organizationId);
    if (role != null) {
      where.append(" and role = :role");
      p.and("role", role);
    }
    if ("INVITED".equals(status)) {
      where.append(" and user.subject is null");
    } else if ("ACTIVE".equals(status)) {
      where.append(" and user.subject is not null");
    }
    return find(where + " order by lower(user.email), id", p);
  }

  /** One of a person's memberships, with the organisation's name. */
  public record OfPerson(UUID organizationId, String name, MemberRole role) {}

  /** A person's memberships, by organisation name. */
  public List<OfPerson> ofPerson(UUID userId) {
    return getEntityManager()
        .createQuery(
            "select o.id, o.name, m.role from Membership m, Organization o "
                + "where o.id = m.organizationId and m.user.id = :u order by lower(o.name)",
            Object[].class)
        .setParameter("u", userId)
        .getResultList()
        .stream()
        .map(r -> new OfPerson((UUID) r[0], (String) r[1], (MemberRole) r[2]))
        .toList();
  }

  @Override
  public Map<UUID, MemberRole> of(UUID userId) {
    Map<UUID, MemberRole> roles = new HashMap<>();
    getEntityManager()
        .createQuery(
            "select m.organizationId, m.role from Membership m where m.user.id = :u",
            Object[].class)
        .setParameter("u", userId)
        .getResultList()
        .forEach(r -> roles.put((UUID) r[0], (MemberRole) r[1]));
    return roles;
  }

  /** The roles of these people in their organisations: (organisation id, user id) to role. */
  public Map<List<UUID>, MemberRole> roles(Collection<UUID> userIds) {
    Map<List<UUID>, MemberRole> roles = new HashMap<>();
    if (userIds.isEmpty()) {
      return roles;
    }
    getEntityManager()
        .createQuery(
            "select m.organizationId, m.user.id, m.role from Membership m where m.user.id in :u",
            Object[].class)
        .setParameter("u", userIds)
        .getResultList()
        .forEach(r -> roles.put(List.of((UUID) r[0], (UUID) r[1]), (MemberRole) r[2]));
    return roles;
  }
}
