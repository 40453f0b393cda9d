package org.lcp.session;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.lcp.api.AttendanceApi;
import org.lcp.api.model.AttendanceMark;
import org.lcp.api.model.AttendanceRevisionPage;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.SessionAttendanceInput;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.VisibleCollaborative;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Access;
import org.lcp.common.security.Access.FacultyStanding;
import org.lcp.common.security.Caller;
import org.lcp.common.web.Paging;
import org.lcp.team.Team;
import org.lcp.team.TeamService;

import io.quarkus.security.Authenticated;

/**
 * Attendance at learning sessions: admins and the collaborative's faculty see every team and record;
 * members of an enrolled organisation see their own team only; anyone else sees no team.
 */
@Authenticated
public class AttendanceResource implements AttendanceApi {

  private final Access access;
  private final VisibleCollaborative collaboratives;
  private final AttendanceService service;
  private final TeamService teams;

  public AttendanceResource(Access access, VisibleCollaborative collaboratives, AttendanceService service,
      TeamService teams) {
    this.access = access;
    this.collaboratives = collaboratives;
    this.service = service;
    this.teams = teams;
  }

  /** Whether the caller sees every team of the collaborative (admins and its faculty). */
  private boolean seesAll(Collaborative c) {
    return access.caller().isAdmin() || access.facultyStanding(c.id) != FacultyStanding.NONE;
  }

  /** The organisations whose teams the caller may see, or null for all. */
  private List<UUID> onlyOrganizations(Collaborative c) {
    return seesAll(c) ? null : access.myOrganizations();
  }

  @Override
  public Response getSessionAttendance(UUID collaborativeId, UUID sessionId, UUID teamId) {
    Collaborative c = collaboratives.get(collaborativeId);
    AttendanceService.Sheet sheet = service.sheet(c, sessionId, teamId, onlyOrganizations(c), seesAll(c));
    return Response.ok(sheet.sheet()).header("ETag", sheet.etag()).build();
  }

  @Override
  public Response recordSessionAttendance(UUID collaborativeId, UUID sessionId, SessionAttendanceInput input,
      String ifMatch) {
    Collaborative c = collaboratives.asFaculty(collaborativeId);
    AttendanceService.Sheet sheet = service.recordMany(c, sessionId, input, ifMatch, access.caller());
    return Response.ok(sheet.sheet()).header("ETag", sheet.etag()).build();
  }

  @Override
  public Response recordMemberAttendance(UUID collaborativeId, UUID sessionId, UUID rosterMemberId,
      AttendanceMark mark, String ifMatch) {
    Collaborative c = collaboratives.asFaculty(collaborativeId);
    AttendanceService.Recorded r = service.recordOne(c, sessionId, rosterMemberId, mark, ifMatch, access.caller());
    return Response.ok(r.record()).header("ETag", r.etag()).build();
  }

  @Override
  public Response listAttendanceHistory(UUID collaborativeId, UUID sessionId, UUID rosterMemberId, Integer page,
      Integer size) {
    Collaborative c = collaboratives.get(collaborativeId);
    service.session(c.id, sessionId);
    Team t = service.teamOfRosterMember(rosterMemberId);
    List<UUID> mine = onlyOrganizations(c);
    if (t == null || !t.collaborativeId.equals(c.id) || (mine != null && !mine.contains(t.organizationId))) {
      throw ApiException.notFound("roster member", rosterMemberId);
    }
    Paging<org.lcp.api.model.AttendanceRevision> result = service.history(sessionId, rosterMemberId, page, size);
    return Response.ok(new AttendanceRevisionPage().items(result.items()).page(result.page()).size(result.size())
        .total(result.total())).build();
  }

  @Override
  public Response getTeamAttendanceReport(UUID teamId) {
    Caller caller = access.requirePerson();
    Team t = teams.get(teamId);
    boolean allowed = caller.isAdmin() || access.memberRole(t.organizationId).isPresent()
        || access.facultyStanding(t.collaborativeId) != FacultyStanding.NONE;
    if (!allowed) {
      throw ApiException.notFound("team", teamId);
    }
    return Response.ok(service.teamReport(t)).build();
  }

  @Override
  public Response getCollaborativeAttendanceReport(UUID collaborativeId, Integer page, Integer size,
      AttendanceStanding standing) {
    Collaborative c = collaboratives.get(collaborativeId);
    return Response.ok(service.overview(c, onlyOrganizations(c), standing, page, size)).build();
  }
}
