package org.lcp.improvement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.ChangeIdeaInput;
import org.lcp.api.model.ChangeIdeaPage;
import org.lcp.api.model.PdsaCycleInput;
import org.lcp.api.model.PdsaCyclePage;
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
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;

/**
 * A team's change ideas and their PDSA cycles: read by whoever reads the team's metrics, recorded
 * by the team's members (and admins).
 */
@ApplicationScoped
public class ChangeIdeaService {

  private final CollaborativeRepository collaboratives;
  private final ChangeIdeaRepository ideas;
  private final PdsaCycleRepository cycles;
  private final TeamWork work;
  private final ImprovementPolicy policy;
  private final AuditLog audit;

  public ChangeIdeaService(
      CollaborativeRepository collaboratives,
      ChangeIdeaRepository ideas,
      PdsaCycleRepository cycles,
      TeamWork work,
      ImprovementPolicy policy,
      AuditLog audit) {
    this.collaboratives = collaboratives;
    this.ideas = ideas;
    this.cycles = cycles;
    this.work = work;
    this.policy = policy;
    this.audit = audit;
  }

  // ---- change ideas -----------------------------------------------------------------------------

  @Transactional
  public ChangeIdeaPage list(
      Actor actor,
      UUID collaborativeId,
      UUID organizationId,
      UUID measureId,
      Integer page,
      Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), organizationId);
    Paging<ChangeIdea> result = Paging.of(ideas.of(c.id, scope, measureId), page, size);
    return new ChangeIdeaPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(ImprovementMapper::toApi).toList());
  }

  @Transactional
  public Versioned<org.lcp.api.model.ChangeIdea> get(
      Actor actor, UUID collaborativeId, UUID ideaId) {
    Collaborative c = collaboratives.require(collaborativeId);
    ChangeIdea i = readable(actor, c, ideaId);
    return Versioned.of(i.version, ImprovementMapper.toApi(i));
  }

  @Transactional
  public Versioned<org.lcp.api.model.ChangeIdea> create(
      Actor actor, UUID collaborativeId, ChangeIdeaInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireTeamWork(actor, c.ref(), in.getOrganizationId());
    work.requireTeam(c.id, in.getOrganizationId());
    ChangeIdea i = new ChangeIdea();
    i.id = UUID.randomUUID();
    i.collaborativeId = c.id;
    i.organizationId = in.getOrganizationId();
    i.createdBy = actor.userId();
    i.createdByName = actor.displayName();
    apply(c, i, in);
    i.created(Instant.now());
    ideas.persist(i);
    audit.record("change-idea.created", subject(i), null, i.snapshot(), null);
    ideas.flush();
    return Versioned.of(i.version, ImprovementMapper.toApi(i));
  }

  @Transactional
  public Versioned<org.lcp.api.model.ChangeIdea> update(
      Actor actor, UUID collaborativeId, UUID ideaId, String ifMatch, ChangeIdeaInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    ChangeIdea i = ideas.require(c.id, ideaId);
    TeamWork.as404(
        "change idea", ideaId, () -> policy.requireTeamWork(actor, c.ref(), i.organizationId));
    ETags.require(ifMatch, i.version);
    TeamWork.requireSameTeam(i.organizationId, in.getOrganizationId());
    Map<String, Object> before = i.snapshot();
    apply(c, i, in);
    i.updatedAt = Instant.now();
    ideas.flush();
    var d = AuditLog.diff(before, i.snapshot());
    audit.record("change-idea.updated", subject(i), d.get("before"), d.get("after"), null);
    return Versioned.of(i.version, ImprovementMapper.toApi(i));
  }

  private void apply(Collaborative c, ChangeIdea i, ChangeIdeaInput in) {
    i.measureIds = work.measureIds(c.id, in.getMeasureIds(), "measureIds");
    i.title = in.getTitle().trim();
    i.description = Times.text(in.getDescription());
    i.status =
        in.getStatus() == null
            ? ChangeIdea.Status.PROPOSED
            : Enums.map(in.getStatus(), ChangeIdea.Status.class);
  }

  /** The idea, once the actor may read its team's work (404 otherwise). */
  private ChangeIdea readable(Actor actor, Collaborative c, UUID ideaId) {
    ChangeIdea i = ideas.require(c.id, ideaId);
    TeamWork.as404(
        "change idea", ideaId, () -> policy.requireRead(actor, c.ref(), i.organizationId));
    return i;
  }

  // ---- PDSA cycles ------------------------------------------------------------------------------

  @Transactional
  public PdsaCyclePage listCycles(
      Actor actor, UUID collaborativeId, UUID ideaId, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    ChangeIdea i = readable(actor, c, ideaId);
    Paging<PdsaCycle> result = Paging.of(cycles.of(i.id), page, size);
    return new PdsaCyclePage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(p -> ImprovementMapper.toApi(p, i)).toList());
  }

  @Transactional
  public Versioned<org.lcp.api.model.PdsaCycle> getCycle(
      Actor actor, UUID collaborativeId, UUID ideaId, UUID cycleId) {
    Collaborative c = collaboratives.require(collaborativeId);
    ChangeIdea i = readable(actor, c, ideaId);
    PdsaCycle p = cycles.require(i.id, cycleId);
    return Versioned.of(p.version, ImprovementMapper.toApi(p, i));
  }

  @Transactional
  public Versioned<org.lcp.api.model.PdsaCycle> createCycle(
      Actor actor, UUID collaborativeId, UUID ideaId, PdsaCycleInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    ChangeIdea i = ideas.require(c.id, ideaId);
    TeamWork.as404(
        "change idea", ideaId, () -> policy.requireTeamWork(actor, c.ref(), i.organizationId));
    PdsaCycle p = new PdsaCycle();
    p.id = UUID.randomUUID();
    p.changeIdeaId = i.id;
    p.createdBy = actor.userId();
    p.createdByName = actor.displayName();
    apply(c, p, in);
    p.created(Instant.now());
    cycles.persist(p);
    audit.record("pdsa-cycle.created", subject(i, p), null, p.snapshot(), null);
    cycles.flush();
    return Versioned.of(p.version, ImprovementMapper.toApi(p, i));
  }

  @Transactional
  public Versioned<org.lcp.api.model.PdsaCycle> updateCycle(
      Actor actor,
      UUID collaborativeId,
      UUID ideaId,
      UUID cycleId,
      String ifMatch,
      PdsaCycleInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    ChangeIdea i = ideas.require(c.id, ideaId);
    TeamWork.as404(
        "change idea", ideaId, () -> policy.requireTeamWork(actor, c.ref(), i.organizationId));
    PdsaCycle p = cycles.require(i.id, cycleId);
    ETags.require(ifMatch, p.version);
    Map<String, Object> before = p.snapshot();
    apply(c, p, in);
    p.updatedAt = Instant.now();
    cycles.flush();
    var d = AuditLog.diff(before, p.snapshot());
    audit.record("pdsa-cycle.updated", subject(i, p), d.get("before"), d.get("after"), null);
    return Versioned.of(p.version, ImprovementMapper.toApi(p, i));
  }

  private void apply(Collaborative c, PdsaCycle p, PdsaCycleInput in) {
    if (in.getEndDate() != null && in.getEndDate().isBefore(in.getStartDate())) {
      throw ApiException.invalid("endDate", "must not be before startDate " + in.getStartDate());
    }
    p.measureIds = work.measureIds(c.id, in.getMeasureIds(), "measureIds");
    p.title = in.getTitle().trim();
    p.plan = Times.text(in.getPlan());
    p.doText = Times.text(in.getDo());
    p.study = Times.text(in.getStudy());
    p.act = Times.text(in.getAct());
    p.startDate = in.getStartDate();
    p.endDate = in.getEndDate();
    p.outcome = Enums.map(in.getOutcome(), PdsaCycle.Outcome.class);
  }

  private static Subject subject(ChangeIdea i) {
    return new Subject("change-idea", i.id, i.organizationId, i.collaborativeId);
  }

  private static Subject subject(ChangeIdea i, PdsaCycle p) {
    return new Subject("pdsa-cycle", p.id, i.organizationId, i.collaborativeId);
  }
}
