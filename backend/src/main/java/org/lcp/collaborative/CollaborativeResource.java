package org.lcp.collaborative;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.lcp.api.CollaborativesApi;
import org.lcp.api.model.CollaborativeCreate;
import org.lcp.api.model.CollaborativeKind;
import org.lcp.api.model.CollaborativePage;
import org.lcp.api.model.CollaborativeUpdate;
import org.lcp.api.model.FacultyAssignmentInput;
import org.lcp.api.model.FacultyAssignmentPage;
import org.lcp.api.model.FacultyAssignmentUpdate;
import org.lcp.api.model.Phase;
import org.lcp.api.model.PhaseTransitionInput;
import org.lcp.api.model.PhaseTransitionPage;
import org.lcp.common.security.Access;
import org.lcp.common.security.Access.FacultyStanding;
import org.lcp.common.security.Caller;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Responses;

import io.quarkus.security.Authenticated;

/** Collaboratives, phases and faculty: parse, authorise, call the service, map. */
@Authenticated
public class CollaborativeResource implements CollaborativesApi {

  private final Access access;
  private final CollaborativeService service;
  private final VisibleCollaborative collaboratives;

  @Context
  UriInfo uriInfo;

  public CollaborativeResource(Access access, CollaborativeService service, VisibleCollaborative collaboratives) {
    this.access = access;
    this.service = service;
    this.collaboratives = collaboratives;
  }

  @Override
  public Response listCollaboratives(Integer page, Integer size, Phase phase, CollaborativeKind kind, String q) {
    Caller caller = access.requirePerson();
    Paging<Collaborative> result = service.list(caller, phase, kind, q, page, size);
    List<UUID> ids = result.items().stream().map(c -> c.id).toList();
    Map<UUID, FacultyStanding> standings = access.facultyStandings(ids);
    Map<UUID, Integer> accepted = service.acceptedTeams(ids);
    return Response.ok(new CollaborativePage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items().stream()
            .map(c -> CollaborativeMapper.toApi(c, allowed(c, caller, standings.get(c.id)), accepted.get(c.id)))
            .toList())).build();
  }

  @Override
  public Response createCollaborative(CollaborativeCreate input) {
    Caller caller = access.requireAdminOrFaculty();
    Collaborative c = service.create(caller, input);
    return Responses.created(uriInfo, c.id, c.version, view(c));
  }

  @Override
  public Response getCollaborative(UUID collaborativeId) {
    Collaborative c = collaboratives.get(collaborativeId);
    return Responses.ok(c.version, view(c));
  }

  @Override
  public Response updateCollaborative(UUID collaborativeId, CollaborativeUpdate input, String ifMatch) {
    collaboratives.asLead(collaborativeId);
    Collaborative c = service.update(collaborativeId, ifMatch, input);
    return Responses.ok(c.version, view(c));
  }

  @Override
  public Response listPhaseTransitions(UUID collaborativeId, Integer page, Integer size) {
    collaboratives.get(collaborativeId);
    Paging<PhaseTransition> result = service.transitions(collaborativeId, page, size);
    return Response.ok(new PhaseTransitionPage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items().stream().map(CollaborativeMapper::toApi).toList())).build();
  }

  @Override
  public Response transitionPhase(UUID collaborativeId, PhaseTransitionInput input, String ifMatch) {
    collaboratives.asLead(collaborativeId);
    Collaborative c = service.transition(collaborativeId, ifMatch, input, access.caller());
    return Responses.ok(c.version, view(c));
  }

  // ---- faculty ----------------------------------------------------------------------------------

  @Override
  public Response listFaculty(UUID collaborativeId, Integer page, Integer size) {
    collaboratives.get(collaborativeId);
    Paging<FacultyAssignment> result = service.faculty(collaborativeId, page, size);
    return Response.ok(new FacultyAssignmentPage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items().stream().map(CollaborativeMapper::toApi).toList())).build();
  }

  @Override
  public Response assignFaculty(UUID collaborativeId, FacultyAssignmentInput input) {
    collaboratives.asLead(collaborativeId);
    FacultyAssignment a = service.assignFaculty(collaborativeId, input);
    return Responses.created(uriInfo, a.user.id, a.version, CollaborativeMapper.toApi(a));
  }

  @Override
  public Response getFacultyAssignment(UUID collaborativeId, UUID userId) {
    collaboratives.get(collaborativeId);
    FacultyAssignment a = service.facultyAssignment(collaborativeId, userId);
    return Responses.ok(a.version, CollaborativeMapper.toApi(a));
  }

  @Override
  public Response updateFacultyAssignment(UUID collaborativeId, UUID userId, FacultyAssignmentUpdate input,
      String ifMatch) {
    collaboratives.asLead(collaborativeId);
    FacultyAssignment a = service.updateFaculty(collaborativeId, userId, ifMatch, input.getLead());
    return Responses.ok(a.version, CollaborativeMapper.toApi(a));
  }

  @Override
  public Response unassignFaculty(UUID collaborativeId, UUID userId) {
    collaboratives.asLead(collaborativeId);
    service.unassignFaculty(collaborativeId, userId);
    return Response.noContent().build();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private org.lcp.api.model.Collaborative view(Collaborative c) {
    Caller caller = access.caller();
    return CollaborativeMapper.toApi(c, allowed(c, caller, access.facultyStanding(c.id)),
        service.acceptedTeams(List.of(c.id)).get(c.id));
  }

  private static List<Phase> allowed(Collaborative c, Caller caller, FacultyStanding standing) {
    boolean mayMoveForward = caller.isAdmin() || standing == FacultyStanding.LEAD;
    return Phases.allowed(c.kind, c.phase, mayMoveForward, caller.isAdmin());
  }
}
