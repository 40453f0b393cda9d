package org.lcp.collaborative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.CollaborativeSetup;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.security.Actor;
import org.lcp.common.security.CollaborativePolicy;
import org.lcp.common.web.Enums;

/**
 * The setup checklist of a collaborative: gathered from the packages that own each part (one SQL
 * statement each, whatever the collaborative's size), judged by {@link SetupRules}; and the gate
 * that refuses moving forward into a phase while its items are not done.
 */
@ApplicationScoped
public class SetupService {

  private final CollaborativeRepository collaboratives;
  private final FacultyRepository faculty;
  private final SetupSources.LearningSessions sessions;
  private final SetupSources.ReadinessItems readinessItems;
  private final SetupSources.Measures measures;
  private final SetupSources.Calls calls;
  private final CollaborativePolicy policy;

  public SetupService(
      CollaborativeRepository collaboratives,
      FacultyRepository faculty,
      SetupSources.LearningSessions sessions,
      SetupSources.ReadinessItems readinessItems,
      SetupSources.Measures measures,
      SetupSources.Calls calls,
      CollaborativePolicy policy) {
    this.collaboratives = collaboratives;
    this.faculty = faculty;
    this.sessions = sessions;
    this.readinessItems = readinessItems;
    this.measures = measures;
    this.calls = calls;
    this.policy = policy;
  }

  /** The checklist, for admins and the collaborative's faculty. */
  @Transactional
  public CollaborativeSetup get(Actor actor, UUID collaborativeId) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireFaculty(actor, c.ref());
    SetupRules.Facts f = facts(c);
    List<SetupRules.Item> items = SetupRules.checklist(f);
    Phase next = SetupRules.nextPhase(f);
    return new CollaborativeSetup()
        .collaborativeId(c.id)
        .kind(Enums.map(c.kind, org.lcp.api.model.CollaborativeKind.class))
        .phase(Enums.map(c.phase, org.lcp.api.model.Phase.class))
        .nextPhase(next == null ? null : Enums.map(next, org.lcp.api.model.Phase.class))
        .readyForNextPhase(SetupRules.readyForNextPhase(f, items))
        .items(items.stream().map(SetupService::toApi).toList());
  }

  /**
   * 409 {@code /problems/setup-incomplete} naming every item that holds back moving forward into
   * this phase (inside the caller's transaction).
   */
  void requireReadyFor(Collaborative c, Phase to) {
    List<SetupRules.Item> missing = SetupRules.missingFor(SetupRules.checklist(facts(c)), to);
    if (!missing.isEmpty()) {
      throw ApiException.conflict(
          ProblemTypes.SETUP_INCOMPLETE,
          SetupRules.refusal(to, missing),
          Map.of("missing", missing.stream().map(SetupService::toApi).toList()));
    }
  }

  SetupRules.Facts facts(Collaborative c) {
    return new SetupRules.Facts(
        c.kind,
        c.phase,
        faculty.countLeads(c.id),
        c.applicationsOpenAt != null,
        c.applicationsCloseAt != null,
        sessions.of(c.id),
        readinessItems.count(c.id),
        measures.count(c.id),
        calls.count(c.id));
  }

  static org.lcp.api.model.SetupItem toApi(SetupRules.Item i) {
    return new org.lcp.api.model.SetupItem()
        .key(Enums.map(i.key(), org.lcp.api.model.SetupItemKey.class))
        .label(i.label())
        .done(i.done())
        .requiredBefore(Enums.map(i.requiredBefore(), org.lcp.api.model.Phase.class))
        .detail(i.detail())
        .needed(i.needed());
  }
}
