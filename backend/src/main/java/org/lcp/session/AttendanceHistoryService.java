package org.lcp.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.lcp.api.model.AttendanceRevisionPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.TeamPolicy;
import org.lcp.common.web.Paging;
import org.lcp.team.RosterRepository;
import org.lcp.team.Team;
import org.lcp.team.Team.RosterMember;
import org.lcp.team.TeamRepository;

/** Every recording of one roster member's attendance at a session, newest first. */
@ApplicationScoped
public class AttendanceHistoryService {

  private final CollaborativeRepository collaboratives;
  private final LearningSessionRepository sessions;
  private final TeamRepository teams;
  private final RosterRepository rosters;
  private final AttendanceRepository attendance;
  private final AttendanceRevisionRepository revisions;
  private final TeamPolicy policy;

  public AttendanceHistoryService(
      CollaborativeRepository collaboratives,
      LearningSessionRepository sessions,
      TeamRepository teams,
      RosterRepository rosters,
      AttendanceRepository attendance,
      AttendanceRevisionRepository revisions,
      TeamPolicy policy) {
    this.collaboratives = collaboratives;
    this.sessions = sessions;
    this.teams = teams;
    this.rosters = rosters;
    this.attendance = attendance;
    this.revisions = revisions;
    this.policy = policy;
  }

  @Transactional
  public AttendanceRevisionPage history(
      Actor actor,
      UUID collaborativeId,
      UUID sessionId,
      UUID rosterMemberId,
      Integer page,
      Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.scope(actor, c.ref());
    LearningSession s = sessions.requireInCollaborative(c.id, sessionId);
    RosterMember m =
        rosters
            .findByIdOptional(rosterMemberId)
            .orElseThrow(() -> ApiException.notFound("roster member", rosterMemberId));
    Team t = teams.require(m.teamId);
    if (!t.collaborativeId.equals(c.id)) {
      throw ApiException.notFound("roster member", rosterMemberId);
    }
    policy.requireRosterMemberVisible(actor, t.ref(c.ref()), m.id);
    Paging<SessionAttendance.Revision> result =
        attendance
            .find(s.id, m.id)
            .map(a -> Paging.of(revisions.ofAttendance(a.id), page, size))
            .orElseGet(
                () ->
                    new Paging<>(
                        List.of(),
                        page == null ? 0 : page,
                        size == null ? Paging.DEFAULT_SIZE : size,
                        0));
    return new AttendanceRevisionPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(AttendanceMapper::toApi).toList());
  }
}
