package org.lcp.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lcp.application.ApplicationParts.CoreTeamMember;
import org.lcp.application.ApplicationParts.ReadinessRating;
import org.lcp.application.ApplicationParts.SessionCommitment;
import org.lcp.application.ApplicationParts.StatusChange;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Filter;

/**
 * Applications and the rows of their sections and history; the review package loads them here too.
 */
@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

  /** The application, or 404. */
  public Application require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("application", id));
  }

  /** Reads the row again (after a lock was taken, a concurrent decision may have changed it). */
  public void refresh(Application a) {
    getEntityManager().refresh(a);
  }

  public Optional<Application> find(UUID collaborativeId, UUID organizationId) {
    return find("collaborativeId = ?1 and organizationId = ?2", collaborativeId, organizationId)
        .firstResultOptional();
  }

  /** Whether any application answered for this learning session. */
  public boolean anyCommitmentTo(UUID learningSessionId) {
    return getEntityManager()
            .createQuery(
                "select count(c) from ApplicationParts$SessionCommitment c "
                    + "where c.id.learningSessionId = :s",
                Long.class)
            .setParameter("s", learningSessionId)
            .getSingleResult()
        > 0;
  }

  public long countAccepted(UUID collaborativeId) {
    return count(
        "collaborativeId = ?1 and status = ?2", collaborativeId, ApplicationStatus.ACCEPTED);
  }

  /** Accepted applications per collaborative; every id given has an entry (0 when none). */
  public Map<UUID, Integer> countAccepted(Collection<UUID> collaborativeIds) {
    Map<UUID, Integer> counts = new HashMap<>();
    collaborativeIds.forEach(id -> counts.put(id, 0));
    if (!collaborativeIds.isEmpty()) {
      getEntityManager()
          .createQuery(
              "select a.collaborativeId, count(a) from Application a "
                  + "where a.collaborativeId in :ids and a.status = :accepted group by a.collaborativeId",
              Object[].class)
          .setParameter("ids", collaborativeIds)
          .setParameter("accepted", ApplicationStatus.ACCEPTED)
          .getResultList()
          .forEach(r -> counts.put((UUID) r[0], ((Long) r[1]).intValue()));
    }
    return counts;
  }

  /** The collaborative's waitlisted applications, first position first. */
  public List<Application> waitlist(UUID collaborativeId) {
    return list(
        "collaborativeId = ?1 and status = ?2 order by waitlistPosition, decidedAt, id",
        collaborativeId,
        ApplicationStatus.WAITLISTED);
  }

  /** The last position taken on the collaborative's waitlist (0 when it is empty). */
  public int lastWaitlistPosition(UUID collaborativeId) {
    Integer last =
        getEntityManager()
            .createQuery(
                "select max(a.waitlistPosition) from Application a where a.collaborativeId = :c",
                Integer.class)
            .setParameter("c", collaborativeId)
            .getSingleResult();
    return last == null ? 0 : last;
  }

  /** An application left the waitlist at this position: the ones after it move up. */
  public void closeWaitlistGap(UUID collaborativeId, int position) {
    getEntityManager()
        .createQuery(
            "update Application a set a.waitlistPosition = a.waitlistPosition - 1 "
                + "where a.collaborativeId = :c and a.waitlistPosition > :p")
        .setParameter("c", collaborativeId)
        .setParameter("p", position)
        .executeUpdate();
  }

  /**
   * The applications a collaborative's ranking shows: submitted at least once and not withdrawn
   * (one statement).
   */
  public List<Application> ranked(UUID collaborativeId) {
    return list(
        "collaborativeId = ?1 and submittedAt is not null and status <> ?2",
        collaborativeId,
        ApplicationStatus.WITHDRAWN);
  }

  /** What a list of applications is narrowed to, besides what the caller may see. */
  public record Search(
      UUID collaborativeId, UUID organizationId, ApplicationStatus status, Set<UUID> onlyIds) {}

  /** Applications in {@code scope} (the policy's list filter), most recently changed first. */
  public PanacheQuery<Application> search(Filter scope, Search s) {
    StringBuilder where = new StringBuilder(scope.jpql());
    Parameters p = new Parameters();
    scope.params().forEach(p::and);
    if (s.collaborativeId() != null) {
      where.append(" and collaborativeId = :collaborative");
      p.and("collaborative", s.collaborativeId());
    }
    if (s.organizationId() != null) {
      where.append(" and organizationId = :organization");
      p.and("organization", s.organizationId());
    }
    if (s.status() != null) {
      where.append(" and status = :status");
      p.and("status", s.status());
    }
    if (s.onlyIds() != null && s.onlyIds().isEmpty()) {
      where.append(" and 1 = 0");
    } else if (s.onlyIds() != null) {
      where.append(" and id in :only");
      p.and("only", s.onlyIds());
    }
    return find(where + " order by updatedAt desc, id", p);
  }

  /** The mean rating of several applications, over their collaborative's current items only. */
  public Map<UUID, Double> meanRatings(Collection<UUID> ids) {
    Map<UUID, Double> means = new HashMap<>();
    if (!ids.isEmpty()) {
      getEntityManager()
          .createQuery(
              "select r.id.applicationId, avg(r.rating) "
                  + "from ApplicationParts$ReadinessRating r, Application a, ApplicationParts$ReadinessItem i "
                  + "where a.id = r.id.applicationId and i.id.collaborativeId = a.collaborativeId "
                  + "and i.id.key = r.id.itemKey and r.id.applicationId in :ids group by r.id.applicationId",
              Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> means.put((UUID) r[0], (Double) r[1]));
    }
    return means;
  }

  // ---- the rows of the sections and of the history ----------------------------------------------

  public List<ReadinessRating> ratings(UUID applicationId) {
    return getEntityManager()
        .createQuery(
            "from ApplicationParts$ReadinessRating where id.applicationId = :a",
            ReadinessRating.class)
        .setParameter("a", applicationId)
        .getResultList();
  }

  public List<CoreTeamMember> members(UUID applicationId) {
    return getEntityManager()
        .createQuery(
            "from ApplicationParts$CoreTeamMember where applicationId = :a " + "order by position",
            CoreTeamMember.class)
        .setParameter("a", applicationId)
        .getResultList();
  }

  public List<SessionCommitment> commitments(UUID applicationId) {
    return getEntityManager()
        .createQuery(
            "from ApplicationParts$SessionCommitment where id.applicationId = :a",
            SessionCommitment.class)
        .setParameter("a", applicationId)
        .getResultList();
  }

  public List<StatusChange> timeline(UUID applicationId) {
    return getEntityManager()
        .createQuery(
            "from ApplicationParts$StatusChange where applicationId = :a " + "order by at, id",
            StatusChange.class)
        .setParameter("a", applicationId)
        .getResultList();
  }

  public void replaceRatings(UUID applicationId, List<ReadinessRating> rows) {
    replace("ReadinessRating", "id.applicationId", applicationId, rows);
  }

  public void replaceMembers(UUID applicationId, List<CoreTeamMember> rows) {
    replace("CoreTeamMember", "applicationId", applicationId, rows);
  }

  public void replaceCommitments(UUID applicationId, List<SessionCommitment> rows) {
    replace("SessionCommitment", "id.applicationId", applicationId, rows);
  }

  private void replace(String part, String applicationPath, UUID applicationId, List<?> rows) {
    getEntityManager()
        .createQuery("delete from ApplicationParts$" + part + " where " + applicationPath + " = :a")
        .setParameter("a", applicationId)
        .executeUpdate();
    rows.forEach(getEntityManager()::persist);
  }

  public void persist(StatusChange change) {
    getEntityManager().persist(change);
  }
}
