package org.lcp.organization;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Filter;
import org.lcp.common.web.Search;
import org.lcp.common.web.Text;

/** Organisations; other features read their names through {@link #names}. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

  public Organization require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("organization", id));
  }

  public Optional<Organization> findByName(String name) {
    return find("lower(name) = ?1", name.trim().toLowerCase(Locale.ROOT)).firstResultOptional();
  }

  /** The organisation whose name looks like {@code name} (the same confusable skeleton). */
  public Optional<Organization> findLookAlike(String name) {
    return find("nameSkeleton = ?1", Text.skeleton(name)).firstResultOptional();
  }

  /** The names of several organisations, in one query. */
  public Map<UUID, String> names(Collection<UUID> ids) {
    Map<UUID, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      getEntityManager()
          .createQuery("select o.id, o.name from Organization o where o.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> names.put((UUID) r[0], (String) r[1]));
    }
    return names;
  }

  public String name(UUID id) {
    return require(id).name;
  }

  /** Organisations in {@code scope} (the policy's list filter), by name. */
  public PanacheQuery<Organization> search(Filter scope, String q) {
    StringBuilder where = new StringBuilder(scope.jpql());
    Parameters p = new Parameters();
    scope.params().forEach(p::and);
    if (q != null && !q.isBlank()) {
      where.append(" and ").append(Search.like("name", "q"));
      p.and("q", Search.containsPattern(q));
    }
    return find(where + " order by lower(name), id", p);
  }
}
