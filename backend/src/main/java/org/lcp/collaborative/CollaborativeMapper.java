package org.lcp.collaborative;

import java.util.List;

import org.lcp.api.model.Phase;
import org.lcp.common.web.Times;

/** Entities to API models. */
final class CollaborativeMapper {

  private CollaborativeMapper() {
  }

  static org.lcp.api.model.Collaborative toApi(Collaborative c, List<Phase> allowedTransitions, int acceptedTeams) {
    return new org.lcp.api.model.Collaborative()
        .id(c.id)
        .title(c.title)
        .practice(c.practice)
        .description(c.description)
        .kind(c.kind)
        .phase(c.phase)
        .applicationsOpenAt(Times.utc(c.applicationsOpenAt))
        .applicationsCloseAt(Times.utc(c.applicationsCloseAt))
        .startDate(c.startDate)
        .endDate(c.endDate)
        .capacity(c.capacity)
        .acceptedTeams(acceptedTeams)
        .placesLeft(c.capacity == null ? null : Math.max(0, c.capacity - acceptedTeams))
        .minClinicians(c.minClinicians)
        .allowedTransitions(allowedTransitions)
        .createdAt(Times.utc(c.createdAt))
        .updatedAt(Times.utc(c.updatedAt));
  }

  static org.lcp.api.model.PhaseTransition toApi(PhaseTransition t) {
    return new org.lcp.api.model.PhaseTransition()
        .id(t.id)
        .from(t.fromPhase)
        .to(t.toPhase)
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
