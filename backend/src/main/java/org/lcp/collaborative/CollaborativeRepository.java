package org.lcp.collaborative;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lcp.api.model.CollaborativeKind;
import org.lcp.api.model.Phase;
import org.lcp.organization.OrganizationRepository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class CollaborativeRepository implements PanacheRepositoryBase<Collaborative, UUID> {

  /**
   * Collaboratives visible to a person, newest first. Drafts are included for admins
   * ({@code facultyUserId} null) and, for anyone else, only those they are faculty of.
   */
  public PanacheQuery<Collaborative> search(Phase phase, CollaborativeKind kind, String q, UUID facultyUserId,
      boolean admin) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters p = new Parameters();
    if (!admin) {
      where.append(" and (phase <> :draft or id in (select fa.key.collaborativeId from FacultyAssignment fa"
          + " where fa.key.userId = :user))");
      p.and("draft", Phase.DRAFT).and("user", facultyUserId);
    }
    if (phase != null) {
      where.append(" and phase = :phase");
      p.and("phase", phase);
    }
    if (kind != null) {
      where.append(" and kind = :kind");
      p.and("kind", kind);
    }
    if (q != null && !q.isBlank()) {
      where.append(" and (lower(title) like :q escape '\\' or lower(practice) like :q escape '\\')");
      p.and("q", "%" + OrganizationRepository.likeEscape(q.trim().toLowerCase(Locale.ROOT)) + "%");
    }
    return find(where + " order by createdAt desc, id", p);
  }
}
