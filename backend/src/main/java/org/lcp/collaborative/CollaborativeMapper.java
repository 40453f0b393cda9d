package org.lcp.collaborative;

import java.util.List;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;

/** Entities to API models: pure functions of what they are given. */
final class CollaborativeMapper {

  private CollaborativeMapper() {}

  static org.lcp.api.model.Collaborative toApi(
      Collaborative c, List<Phase> allowedTransitions, int acceptedTeams) {
    return new org.lcp.api.model.Collaborative()
        .id(c.id)
        .title(c.title)
        .practice(c.practice)
        .description(c.description)
        .kind(Enums.map(c.kind, org.lcp.api.model.CollaborativeKind.class))
        .phase(Enums.map(c.phase, org.lcp.api.model.Phase.class))
        .applicationsOpenAt(Times.utc(c.applicationsOpenAt))
        .applicationsCloseAt(Times.utc(c.applicationsCloseAt))
        .startDate(c.startDate)
        .endDate(c.endDate)
        .capacity(c.capacity)
        .acceptedTeams(acceptedTeams)
        .placesLeft(c.capacity == null ? null : Math.max(0, c.capacity - acceptedTeams))
        .minClinicians(c.minClinicians)
        .allowedTransitions(
            allowedTransitions.stream()
                .map(p -> Enums.map(p, org.lcp.api.model.Phase.class))
                .toList())
        .createdAt(Times.utc(c.createdAt))
        .updatedAt(Times.utc(c.updatedAt));
  }

  static org.lcp.api.model.PhaseTransition toApi(PhaseTransition t) {
    return new org.lcp.api.model.PhaseTransition()
        .id(t.id)
        .from(Enums.map(t.fromPhase, org.lcp.api.model.Phase.class))
        .to(Enums.map(t.toPhase, org.lcp.api.model.Phase.class))
        .reopen(t.reopen)
        .reason(t.reason)
        .actorName(t.actorName)
        .at(Times.utc(t.at));
  }

  static org.lcp.api.model.FacultyAssignment toApi(FacultyAssignment a) {
    return new org.lcp.api.model.FacultyAssignment()
        .collaborativeId(a.key.collaborativeId)
        .userId(a.user.id)
        .email(a.user.email)
        .name(a.user.name)
        .lead(a.lead)
        .assignedAt(Times.utc(a.assignedAt));
  }
}
