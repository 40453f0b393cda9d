package org.lcp.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.AuditEventPage;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AuditPolicy;
import org.lcp.common.web.Csv;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Search;
import org.lcp.common.web.Times;

/**
 * Reading the audit trail (admins only): one page of it, or every matching event as CSV. Each
 * request is a fixed number of queries: the page (and its count when the page does not tell it),
 * after two small ones that resolve a search over who made the change; each filter has an index to
 * use (V1 and V12).
 */
@ApplicationScoped
public class AuditService {

  /** The most events one CSV export holds (the newest). */
  public static final int EXPORT_LIMIT = 10_000;

  /** The most actors a search over who made a change resolves before the events' query. */
  static final int RESOLVED_ACTORS = 1_000;

  static final List<String> EXPORT_COLUMNS =
      List.of(
          "occurredAt",
          "actorKind",
          "actorName",
          "actorUserId",
          "action",
          "entityType",
          "entityId",
          "organizationId",
          "collaborativeId",
          "reason",
          "before",
          "after");

  /** What the trail may be filtered by; every filter that is set narrows it. */
  public record Query(
      String entityType,
      UUID entityId,
      String action,
      String actionPrefix,
      UUID actor,
      String actorSearch,
      UUID collaborativeId,
      UUID organizationId,
      OffsetDateTime from,
      OffsetDateTime to) {}

  /** A CSV file of the trail, and whether more events matched than it holds. */
  public record Export(byte[] csv, boolean truncated) {}

  private final AuditLog log;
  private final AuditPolicy policy;
  private final ObjectMapper json;

  public AuditService(AuditLog log, AuditPolicy policy, ObjectMapper json) {
    this.log = log;
    this.policy = policy;
    this.json = json;
  }

  @Transactional
  public AuditEventPage list(Actor actor, Query q, Integer page, Integer size) {
    policy.requireReader(actor);
    Paging<AuditEvent> result = Paging.of(find(q), page, size);
    return new AuditEventPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(AuditService::toApi).toList());
  }

  /** The newest {@link #EXPORT_LIMIT} matching events as CSV (RFC 4180, UTF-8, header row). */
  @Transactional
  public Export export(Actor actor, Query q) {
    policy.requireReader(actor);
    List<AuditEvent> events = find(q).range(0, EXPORT_LIMIT).list();
    boolean truncated = events.size() > EXPORT_LIMIT;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      w.write(String.join(",", EXPORT_COLUMNS));
      w.write("\r\n");
      for (AuditEvent e : events.subList(0, Math.min(events.size(), EXPORT_LIMIT))) {
        List<String> cells =
            List.of(
                // ISO-8601 always with seconds (OffsetDateTime.toString drops ":00")
                e.occurredAt.toString(),
                e.actorKind.name(),
                Csv.text(e.actorName),
                text(e.actorUserId),
                Csv.text(e.action),
                Csv.text(e.entityType),
                text(e.entityId),
                text(e.organizationId),
                text(e.collaborativeId),
                Csv.text(e.reason),
                Csv.text(toJson(e.before)),
                Csv.text(toJson(e.after)));
        w.write(String.join(",", cells));
        w.write("\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Export(bytes.toByteArray(), truncated);
  }

  private io.quarkus.hibernate.orm.panache.PanacheQuery<AuditEvent> find(Query q) {
    if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
      throw ApiException.invalid(List.of(Violation.query("from", "must not be after 'to'")));
    }
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (q.entityType() != null) {
      where.add("entityType = :entityType");
      params.and("entityType", q.entityType());
    }
    if (q.entityId() != null) {
      where.add("entityId = :entityId");
      params.and("entityId", q.entityId());
    }
    if (q.action() != null) {
      where.add("action = :action");
      params.and("action", q.action());
    }
    if (q.actionPrefix() != null) {
      where.add("action like :actionPrefix escape '" + Search.ESCAPE + "'");
      params.and("actionPrefix", Search.likeEscape(q.actionPrefix()) + "%");
    }
    if (q.actor() != null) {
      where.add("actorUserId = :actor");
      params.and("actor", q.actor());
    }
    if (q.actorSearch() != null && !q.actorSearch().isBlank()) {
      who(Search.containsPattern(q.actorSearch()), where, params);
    }
    if (q.collaborativeId() != null) {
      where.add("collaborativeId = :collaborativeId");
      params.and("collaborativeId", q.collaborativeId());
    }
    if (q.organizationId() != null) {
      where.add("organizationId = :organizationId");
      params.and("organizationId", q.organizationId());
    }
    if (q.from() != null) {
      where.add("occurredAt >= :from");
      params.and("from", q.from().toInstant());
    }
    if (q.to() != null) {
      where.add("occurredAt < :to");
      params.and("to", q.to().toInstant());
    }
    String query =
        (where.isEmpty() ? "" : String.join(" and ", where)) + " order by occurredAt desc, id";
    return log.find(query, params);
  }

  /**
   * People by their name or e-mail as known now, data systems and "system" by the name recorded
   * with the event (they have no user id). Both are resolved first (two small queries), so that the
   * events are found through the indexes on actor_user_id and on the recorded name, not by reading
   * every event; a search so broad that it matches more than {@link #RESOLVED_ACTORS} actors is
   * matched within the events' query instead (then matching events are frequent and the newest are
   * found early in time order).
   */
  private void who(String pattern, List<String> where, Parameters params) {
    List<UUID> people = log.peopleMatching(pattern, RESOLVED_ACTORS + 1);
    List<String> names = log.unattributedNamesMatching(pattern, RESOLVED_ACTORS + 1);
    List<String> either = new ArrayList<>();
    if (people.size() > RESOLVED_ACTORS) {
      either.add(
          "actorUserId in (select u.id from AppUser u where "
              + Search.like("u.name", "who")
              + " or "
              + Search.like("u.email", "who")
              + ")");
      params.and("who", pattern);
    } else if (!people.isEmpty()) {
      either.add("actorUserId in :people");
      params.and("people", people);
    }
    if (names.size() > RESOLVED_ACTORS) {
      either.add("(actorUserId is null and " + Search.like("actorName", "whoName") + ")");
      params.and("whoName", pattern);
    } else if (!names.isEmpty()) {
      either.add("(actorUserId is null and actorName in :names)");
      params.and("names", names);
    }
    where.add(either.isEmpty() ? "1 = 0" : "(" + String.join(" or ", either) + ")");
  }

  private static String text(UUID id) {
    return id == null ? "" : id.toString();
  }

  private String toJson(Map<String, Object> snapshot) {
    if (snapshot == null) {
      return null;
    }
    try {
      return json.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an audit snapshot that is not JSON", e);
    }
  }

  static org.lcp.api.model.AuditEvent toApi(AuditEvent e) {
    return new org.lcp.api.model.AuditEvent()
        .id(e.id)
        .occurredAt(Times.utc(e.occurredAt))
        .actorKind(Enums.map(e.actorKind, org.lcp.api.model.AuditEvent.ActorKindEnum.class))
        .actorUserId(e.actorUserId)
        .actorSubject(e.actorSubject)
        .actorName(e.actorName)
        .action(e.action)
        .entityType(e.entityType)
        .entityId(e.entityId)
        .organizationId(e.organizationId)
        .collaborativeId(e.collaborativeId)
        .before(e.before)
        .after(e.after)
        .reason(e.reason);
  }
}
