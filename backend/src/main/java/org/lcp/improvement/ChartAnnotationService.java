package org.lcp.improvement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.ChartAnnotationInput;
import org.lcp.api.model.ChartAnnotationPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ImprovementPolicy;
import org.lcp.common.security.OrganizationScope;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Versioned;

/**
 * Annotations on a team's chart of a measure: read by whoever reads the team's metrics, written by
 * the team's members, the collaborative's faculty and admins.
 */
@ApplicationScoped
public class ChartAnnotationService {

  private final CollaborativeRepository collaboratives;
  private final ChartAnnotationRepository annotations;
  private final ChangeIdeaRepository ideas;
  private final PdsaCycleRepository cycles;
  private final TeamWork work;
  private final ImprovementPolicy policy;
  private final AuditLog audit;

  public ChartAnnotationService(
      CollaborativeRepository collaboratives,
      ChartAnnotationRepository annotations,
      ChangeIdeaRepository ideas,
      PdsaCycleRepository cycles,
      TeamWork work,
      ImprovementPolicy policy,
      AuditLog audit) {
    this.collaboratives = collaboratives;
    this.annotations = annotations;
    this.ideas = ideas;
    this.cycles = cycles;
    this.work = work;
    this.policy = policy;
    this.audit = audit;
  }

  @Transactional
  public ChartAnnotationPage list(
      Actor actor,
      UUID collaborativeId,
      UUID organizationId,
      UUID measureId,
      String from,
      String to,
      Integer page,
      Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), organizationId);
    LocalDate first = from == null ? null : YearMonth.parse(from).atDay(1);
    LocalDate last = to == null ? null : YearMonth.parse(to).atDay(1);
    Paging<ChartAnnotation> result =
        Paging.of(annotations.of(c.id, scope, measureId, first, last), page, size);
    return new ChartAnnotationPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(ImprovementMapper::toApi).toList());
  }

  @Transactional
  public Versioned<org.lcp.api.model.ChartAnnotation> get(
      Actor actor, UUID collaborativeId, UUID annotationId) {
    Collaborative c = collaboratives.require(collaborativeId);
    ChartAnnotation a = annotations.require(c.id, annotationId);
    TeamWork.as404(
        "annotation", annotationId, () -> policy.requireRead(actor, c.ref(), a.organizationId));
    return Versioned.of(a.version, ImprovementMapper.toApi(a));
  }

  @Transactional
  public Versioned<org.lcp.api.model.ChartAnnotation> create(
      Actor actor, UUID collaborativeId, ChartAnnotationInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireTeamWork(actor, c.ref(), in.getOrganizationId());
    work.requireTeam(c.id, in.getOrganizationId());
    ChartAnnotation a = new ChartAnnotation();
    a.id = UUID.randomUUID();
    a.collaborativeId = c.id;
    a.organizationId = in.getOrganizationId();
    a.createdBy = actor.userId();
    a.createdByName = actor.displayName();
    apply(c, a, in);
    a.created(Instant.now());
    annotations.persist(a);
    audit.record("chart-annotation.created", subject(a), null, a.snapshot(), null);
    annotations.flush();
    return Versioned.of(a.version, ImprovementMapper.toApi(a));
  }

  @Transactional
  public Versioned<org.lcp.api.model.ChartAnnotation> update(
      Actor actor,
      UUID collaborativeId,
      UUID annotationId,
      String ifMatch,
      ChartAnnotationInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    ChartAnnotation a = writable(actor, c, annotationId);
    ETags.require(ifMatch, a.version);
    TeamWork.requireSameTeam(a.organizationId, in.getOrganizationId());
    Map<String, Object> before = a.snapshot();
    apply(c, a, in);
    a.updatedAt = Instant.now();
    annotations.flush();
    var d = AuditLog.diff(before, a.snapshot());
    audit.record("chart-annotation.updated", subject(a), d.get("before"), d.get("after"), null);
    return Versioned.of(a.version, ImprovementMapper.toApi(a));
  }

  @Transactional
  public void delete(Actor actor, UUID collaborativeId, UUID annotationId, String ifMatch) {
    Collaborative c = collaboratives.require(collaborativeId);
    ChartAnnotation a = writable(actor, c, annotationId);
    ETags.require(ifMatch, a.version);
    audit.record("chart-annotation.deleted", subject(a), a.snapshot(), null, null);
    annotations.delete(a);
    annotations.flush();
  }

  private ChartAnnotation writable(Actor actor, Collaborative c, UUID annotationId) {
    ChartAnnotation a = annotations.require(c.id, annotationId);
    TeamWork.as404(
        "annotation", annotationId, () -> policy.requireTeamWork(actor, c.ref(), a.organizationId));
    return a;
  }

  /**
   * The measure is the collaborative's; a change idea or cycle named is the same team's (400 naming
   * the field); a cycle brings its idea.
   */
  private void apply(Collaborative c, ChartAnnotation a, ChartAnnotationInput in) {
    work.requireMeasure(c.id, in.getMeasureId());
    UUID ideaId = in.getChangeIdeaId();
    UUID cycleId = in.getPdsaCycleId();
    if (ideaId != null) {
      ChangeIdea idea = ideas.findById(ideaId);
      if (idea == null
          || !idea.collaborativeId.equals(c.id)
          || !idea.organizationId.equals(a.organizationId)) {
        throw ApiException.invalid("changeIdeaId", "is not a change idea of this team");
      }
    }
    if (cycleId != null) {
      PdsaCycle cycle = cycles.findById(cycleId);
      ChangeIdea idea = cycle == null ? null : ideas.findById(cycle.changeIdeaId);
      if (idea == null
          || !idea.collaborativeId.equals(c.id)
          || !idea.organizationId.equals(a.organizationId)) {
        throw ApiException.invalid("pdsaCycleId", "is not a PDSA cycle of this team");
      }
      if (ideaId != null && !ideaId.equals(idea.id)) {
        throw ApiException.invalid(
            "pdsaCycleId", "tests another change idea than changeIdeaId (" + idea.id + ")");
      }
      ideaId = idea.id;
    }
    a.measureId = in.getMeasureId();
    a.period = YearMonth.parse(in.getPeriod()).atDay(1);
    a.kind = Enums.map(in.getKind(), ChartAnnotation.Kind.class);
    a.text = in.getText().strip();
    a.changeIdeaId = ideaId;
    a.pdsaCycleId = cycleId;
  }

  private static Subject subject(ChartAnnotation a) {
    return new Subject("chart-annotation", a.id, a.organizationId, a.collaborativeId);
  }
}
