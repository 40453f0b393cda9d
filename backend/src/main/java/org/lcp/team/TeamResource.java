package org.lcp.team;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.lcp.api.TeamsApi;
import org.lcp.api.model.DepartureInput;
import org.lcp.api.model.RosterMemberInput;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/** Teams and their rosters: parse, call the service with the caller, answer. */
@Authenticated
public class TeamResource implements TeamsApi {

  private final Actors actors;
  private final TeamService service;

  private final PublicUrl urls;

  @Context UriInfo uriInfo;

  public TeamResource(Actors actors, TeamService service, PublicUrl urls) {
    this.urls = urls;
    this.actors = actors;
    this.service = service;
  }

  @Override
  public Response listTeams(UUID collaborativeId, Integer page, Integer size) {
    return Responses.ok(service.list(actors.current(), collaborativeId, page, size));
  }

  @Override
  public Response getTeam(UUID teamId) {
    return Responses.ok(service.get(actors.current(), teamId));
  }

  @Override
  public Response addRosterMember(UUID teamId, RosterMemberInput input) {
    TeamService.Joined joined = service.join(actors.current(), teamId, input);
    return Response.created(urls.below(uriInfo, joined.rosterMemberId()))
        .entity(joined.team())
        .build();
  }

  @Override
  public Response recordDeparture(UUID teamId, UUID rosterMemberId, DepartureInput input) {
    return Responses.ok(
        service.depart(actors.current(), teamId, rosterMemberId, input.getEndDate()));
  }
}
