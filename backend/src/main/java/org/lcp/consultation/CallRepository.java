package org.lcp.consultation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.CallPolicy;
import org.lcp.common.security.Filter;
import org.lcp.common.web.Search;
import org.lcp.common.web.Times;

/** Calls; the calendar reads schedules through the public queries here. */
@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<Call, UUID> {

  /** What a list of a collaborative's calls may be narrowed to. */
  public record Criteria(
      LocalDate from, LocalDate to, CallKind kind, CallState state, UUID teamId, UUID seriesId) {}

  Call require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("call", id));
  }

  /**
   * The call, locked until the transaction ends: attendance is recorded one sheet at a time, and
   * registrations, withdrawals and capacity changes of one webinar take their turns, so that its
   * seats are counted right.
   */
  Call requireLocked(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> ApiException.notFound("call", id));
  }

  List<Call> ofSeries(UUID seriesId) {
    return list("seriesId = ?1 order by startsAt, id", seriesId);
  }

  /** The list form of {@link CallPolicy.Viewer#sees}, over this entity's paths. */
  private static Filter visibleTo(CallPolicy.Viewer viewer) {
    return viewer.where(
        "kind in (org.lcp.consultation.CallKind.INFORMATIONAL,"
            + " org.lcp.consultation.CallKind.WEBINAR)",
        "kind = org.lcp.consultation.CallKind.WEBINAR",
        "details.audience = org.lcp.consultation.CallAudience.COLLABORATIVE",
        "details.teamId");
  }

  /** A collaborative's calls the viewer may see, by start. */
  PanacheQuery<Call> search(UUID collaborativeId, CallPolicy.Viewer viewer, Criteria c) {
    Parameters p = new Parameters();
    StringBuilder where = where(collaborativeId, viewer, p);
    if (c.from() != null) {
      where.append(" and localStart >= :from");
      p.and("from", c.from().atStartOfDay());
    }
    if (c.to() != null) {
      where.append(" and localStart < :to");
      p.and("to", c.to().plusDays(1).atStartOfDay());
    }
    if (c.kind() != null) {
      where.append(" and kind = :kind");
      p.and("kind", c.kind());
    }
    if (c.state() != null) {
      where.append(" and state = :state");
      p.and("state", c.state());
    }
    if (c.teamId() != null) {
      where.append(" and details.teamId = :team");
      p.and("team", c.teamId());
    }
    if (c.seriesId() != null) {
      where.append(" and seriesId = :series");
      p.and("series", c.seriesId());
    }
    return find(where + " order by startsAt, id", p);
  }

  private static StringBuilder where(UUID collaborativeId, CallPolicy.Viewer viewer, Parameters p) {
    Filter visible = visibleTo(viewer);
    visible.params().forEach(p::and);
    p.and("collaborative", collaborativeId);
    return new StringBuilder("collaborativeId = :collaborative and ").append(visible.jpql());
  }

  /**
   * Archived calls of a collaborative the viewer may see, newest first; {@code q} matches part of
   * the topic or of a topic covered, {@code topic} one topic covered exactly (both ignoring case).
   */
  PanacheQuery<Call> searchArchive(
      UUID collaborativeId, CallPolicy.Viewer viewer, String q, String topic) {
    Parameters p = new Parameters();
    StringBuilder where = where(collaborativeId, viewer, p).append(" and archivedAt is not null");
    String text = Times.text(q);
    String exact = Times.text(topic);
    if (text != null || exact != null) {
      List<UUID> matching = archiveMatches(collaborativeId, text, exact);
      where.append(matching.isEmpty() ? " and 1 = 0" : " and id in :matching");
      if (!matching.isEmpty()) {
        p.and("matching", matching);
      }
    }
    return find(where + " order by startsAt desc, id", p);
  }

  /**
   * The archived calls whose topics match; native because the topics covered are an array (unnest).
   */
  private List<UUID> archiveMatches(UUID collaborativeId, String text, String exact) {
    StringBuilder sql =
        new StringBuilder(
            "select c.id from scheduled_call c where c.collaborative_id = :c "
                + "and c.archived_at is not null");
    if (text != null) {
      sql.append(" and (")
          .append(Search.like("c.topic", "q"))
          .append(" or exists (select 1 from unnest(c.archive_topics) t where ")
          .append(Search.like("t", "q"))
          .append("))");
    }
    if (exact != null) {
      sql.append(" and exists (select 1 from unnest(c.archive_topics) t where lower(t) = :topic)");
    }
    var query =
        getEntityManager()
            .createNativeQuery(sql.toString(), UUID.class)
            .setParameter("c", collaborativeId);
    if (text != null) {
      query.setParameter("q", Search.containsPattern(text));
    }
    if (exact != null) {
      query.setParameter("topic", exact.toLowerCase(Locale.ROOT));
    }
    @SuppressWarnings("unchecked")
    List<UUID> ids = query.getResultList();
    return ids;
  }

  // ---- schedules
  // ----------------------------------------------------------------------------------

  /**
   * The calls of these collaboratives (their faculty are expected at every one) between two days.
   */
  public List<Call> ofCollaboratives(
      Collection<UUID> collaboratives, LocalDate from, LocalDate to) {
    return collaboratives.isEmpty()
        ? List.of()
        : between(
            "collaborativeId in :collaboratives",
            Parameters.with("collaboratives", collaboratives),
            from,
            to);
  }

  /**
   * The consultation calls these teams are expected at between two days: their collaboratives'
   * calls for the whole collaborative and the calls for the team.
   */
  public List<Call> ofTeams(
      Collection<UUID> collaboratives, Collection<UUID> teams, LocalDate from, LocalDate to) {
    return teams.isEmpty()
        ? List.of()
        : between(
            "kind = org.lcp.consultation.CallKind.CONSULTATION and collaborativeId in :collaboratives and "
                + "(details.audience = org.lcp.consultation.CallAudience.COLLABORATIVE or details.teamId in :teams)",
            Parameters.with("collaboratives", collaboratives).and("teams", teams),
            from,
            to);
  }

  /** The calls these organisations, or the person on their own, registered for between two days. */
  public List<Call> registeredBy(
      Collection<UUID> organizations, UUID person, LocalDate from, LocalDate to) {
    return between(
        "id in (select r.callId from CallRegistration r where r.organizationId in :organizations"
            + " or (r.organizationId is null and r.registeredBy = :person))",
        Parameters.with(
                "organizations", organizations.isEmpty() ? List.of(new UUID(0, 0)) : organizations)
            .and("person", person == null ? new UUID(0, 0) : person),
        from,
        to);
  }

  /** A collaborative's calls the viewer may see between two days. */
  public List<Call> visibleIn(
      UUID collaborativeId, CallPolicy.Viewer viewer, LocalDate from, LocalDate to) {
    Parameters p = new Parameters();
    return between(where(collaborativeId, viewer, p).toString(), p, from, to);
  }

  private List<Call> between(String where, Parameters p, LocalDate from, LocalDate to) {
    return list(
        where + " and localStart >= :from and localStart < :to order by startsAt, id",
        p.and("from", from.atStartOfDay()).and("to", to.plusDays(1).atStartOfDay()));
  }

  /** The scheduled calls of any collaborative starting in [from, to). */
  public List<Call> startingBetween(Instant from, Instant to) {
    return list(
        "state = org.lcp.consultation.CallState.SCHEDULED and startsAt >= ?1 and startsAt < ?2"
            + " order by startsAt, id",
        from,
        to);
  }
}
