package org.lcp.improvement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.ChartCommentInput;
import org.lcp.api.model.ChartCommentPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ImprovementPolicy;
import org.lcp.common.security.OrganizationScope;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Versioned;
import org.lcp.metrics.Measure;
import org.lcp.notification.Notify;
import org.lcp.organization.MembershipRepository;

/**
 * Faculty comments on a team's chart of a measure, the feedback loop of the collaborative: written
 * by its faculty (and admins), read by the team; the team's members are told as each one's
 * preferences for the topic {@code metrics} say.
 */
@ApplicationScoped
public class ChartCommentService {

  /** The notification kind (topic {@code metrics}). */
  public static final String COMMENTED = "metrics.chart-comment";

  private final CollaborativeRepository collaboratives;
  private final ChartCommentRepository comments;
  private final MembershipRepository memberships;
  private final TeamWork work;
  private final ImprovementPolicy policy;
  private final AuditLog audit;
  private final Event<Notify> notify;

  public ChartCommentService(
      CollaborativeRepository collaboratives,
      ChartCommentRepository comments,
      MembershipRepository memberships,
      TeamWork work,
      ImprovementPolicy policy,
      AuditLog audit,
      Event<Notify> notify) {
    this.collaboratives = collaboratives;
    this.comments = comments;
    this.memberships = memberships;
    this.work = work;
    this.policy = policy;
    this.audit = audit;
    this.notify = notify;
  }

  @Transactional
  public ChartCommentPage list(
      Actor actor,
      UUID collaborativeId,
      UUID organizationId,
      UUID measureId,
      Integer page,
      Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), organizationId);
    Paging<ChartComment> result = Paging.of(comments.of(c.id, scope, measureId), page, size);
    return new ChartCommentPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(ImprovementMapper::toApi).toList());
  }

  /** The comment, and a notification to the team's members (but the author) in the same commit. */
  @Transactional
  public Versioned<org.lcp.api.model.ChartComment> create(
      Actor actor, UUID collaborativeId, ChartCommentInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireComment(actor, c.ref(), in.getOrganizationId());
    work.requireTeam(c.id, in.getOrganizationId());
    Measure m = work.requireMeasure(c.id, in.getMeasureId());
    ChartComment k = new ChartComment();
    k.id = UUID.randomUUID();
    k.collaborativeId = c.id;
    k.organizationId = in.getOrganizationId();
    k.measureId = m.id;
    k.period = in.getPeriod() == null ? null : YearMonth.parse(in.getPeriod()).atDay(1);
    k.body = in.getBody().strip();
    k.createdBy = actor.userId();
    k.createdByName = actor.displayName();
    k.created(Instant.now());
    comments.persist(k);
    audit.record(
        "chart-comment.created",
        new Subject("chart-comment", k.id, k.organizationId, k.collaborativeId),
        null,
        after(m.id, in.getPeriod(), k.body),
        null);
    comments.flush();
    int told = tellTeam(c, m, k, actor);
    return Versioned.of(k.version, ImprovementMapper.toApi(k).notified(told));
  }

  private int tellTeam(Collaborative c, Measure m, ChartComment k, Actor author) {
    List<UUID> to =
        memberships.userIds(k.organizationId).stream()
            .filter(u -> !u.equals(author.userId()))
            .distinct()
            .toList();
    if (to.isEmpty()) {
      return 0;
    }
    String when =
        k.period == null
            ? ""
            : " ("
                + k.period.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " "
                + k.period.getYear()
                + ")";
    notify.fire(
        new Notify(
            to,
            COMMENTED,
            clip(k.createdByName + " commented on your chart of " + m.name + when, 300),
            clip(
                k.createdByName
                    + ", faculty of "
                    + c.title
                    + ", commented on your team's chart of "
                    + m.name
                    + when
                    + ":\n\n"
                    + k.body,
                5000),
            "/collaboratives/" + c.id + "/metrics/teams/" + k.organizationId));
    return to.size();
  }

  private static Map<String, Object> after(UUID measureId, String period, String body) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("measureId", measureId.toString());
    m.put("period", period);
    m.put("body", body);
    return m;
  }

  /** At most {@code max} characters (a notification's title and body have their bounds). */
  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
