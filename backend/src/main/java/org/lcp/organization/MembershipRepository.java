package org.lcp.organization;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

  public Optional<Membership> findInOrganization(UUID organizationId, UUID memberId) {
    return find("id = ?1 and organizationId = ?2", memberId, organizationId).firstResultOptional();
  }

  public boolean exists(UUID organizationId, UUID userId) {
    return count("organizationId = ?1 and user.id = ?2", organizationId, userId) > 0;
  }

  public long countRole(UUID organizationId, String role) {
    return count("organizationId = ?1 and role = ?2", organizationId, role);
  }

  public long countMembers(UUID organizationId) {
    return count("organizationId", organizationId);
  }

  /** Members of an organisation, filtered by role and by status (INVITED: never signed in). */
  public PanacheQuery<Membership> search(UUID organizationId, String role, String status) {
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
}
