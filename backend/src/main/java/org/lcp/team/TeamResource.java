package org.lcp.team;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.lcp.api.TeamsApi;
import org.lcp.api.model.DepartureInput;
import org.lcp.api.model.RosterMemberInput;
import org.lcp.api.model.TeamPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.VisibleCollaborative;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Access;
import org.lcp.common.security.Access.FacultyStanding;
import org.lcp.common.security.Caller;
import org.lcp.common.web.Paging;

import io.quarkus.security.Authenticated;

/**
 * Teams: admins and the collaborative's faculty see and keep every roster; members see and keep
 * their own team's; anyone else gets 404.
 */
@Authenticated
public class TeamResource implements TeamsApi {

  private final Access access;
  private final VisibleCollaborative collaboratives;
  private final TeamService service;

  @Context
  UriInfo uriInfo;

  public TeamResource(Access access, VisibleCollaborative collaboratives, TeamService service) {
    this.access = access;
    this.collaboratives = collaboratives;
    this.service = service;
  }

  @Override
  public Response listTeams(UUID collaborativeId, Integer page, Integer size) {
    Collaborative c = collaboratives.get(collaborativeId);
    Caller caller = access.caller();
    boolean all = caller.isAdmin() || access.facultyStanding(c.id) != FacultyStanding.NONE;
    List<UUID> mine = all ? null : access.myOrganizations();
    Paging<org.lcp.api.model.Team> result = service.list(c.id, mine, page, size);
    return Response.ok(new TeamPage().items(result.items()).page(result.page()).size(result.size())
        .total(result.total())).build();
  }

  @Override
  public Response getTeam(UUID teamId) {
    return Response.ok(service.view(visible(teamId))).build();
  }

  @Override
  public Response addRosterMember(UUID teamId, RosterMemberInput input) {
    Team t = visible(teamId);
    Team.RosterMember m = service.join(t, input);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(m.id.toString()).build())
        .entity(service.view(t)).build();
  }

  @Override
  public Response recordDeparture(UUID teamId, UUID rosterMemberId, DepartureInput input) {
    Team t = visible(teamId);
    service.depart(t, rosterMemberId, input.getEndDate());
    return Response.ok(service.view(t)).build();
  }

  private Team visible(UUID teamId) {
    Caller caller = access.requirePerson();
    Team t = service.get(teamId);
    boolean allowed = caller.isAdmin() || access.memberRole(t.organizationId).isPresent()
        || access.facultyStanding(t.collaborativeId) != FacultyStanding.NONE;
    if (!allowed) {
      throw ApiException.notFound("team", teamId);
    }
    return t;
  }
}
