package org.lcp.organization;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

  public Optional<Organization> findByName(String name) {
    return find("lower(name) = ?1", name.trim().toLowerCase(Locale.ROOT)).firstResultOptional();
  }

  /** Organisations visible to the caller: all (admin) or those the user is a member of, by name. */
  public PanacheQuery<Organization> search(String q, UUID memberUserId) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters p = new Parameters();
    if (q != null && !q.isBlank()) {
      where.append(" and lower(name) like :q");
      p.and("q", "%" + likeEscape(q.trim().toLowerCase(Locale.ROOT)) + "%");
    }
    if (memberUserId != null) {
      where.append(" and id in (select m.organizationId from Membership m where m.user.id = :user)");
      p.and("user", memberUserId);
    }
    return find(where + " order by lower(name), id", p);
  }

  /** A LIKE pattern matching {@code s} literally (backslash is PostgreSQL's default escape). */
  public static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
