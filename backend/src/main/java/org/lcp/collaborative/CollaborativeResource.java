package org.lcp.collaborative;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.lcp.api.CollaborativesApi;
import org.lcp.api.model.CollaborativeCreate;
import org.lcp.api.model.CollaborativeKind;
import org.lcp.api.model.CollaborativeUpdate;
import org.lcp.api.model.FacultyAssignmentInput;
import org.lcp.api.model.FacultyAssignmentUpdate;
import org.lcp.api.model.Phase;
import org.lcp.api.model.PhaseTransitionInput;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/** Collaboratives, phases and faculty: parse, call the service with the caller, answer. */
@Authenticated
public class CollaborativeResource implements CollaborativesApi {

  private final Actors actors;
  private final CollaborativeService service;
  private final FacultyService faculty;
  private final SetupService setup;

  private final PublicUrl urls;

  @Context UriInfo uriInfo;

  public CollaborativeResource(
      Actors actors,
      CollaborativeService service,
      FacultyService faculty,
      SetupService setup,
      PublicUrl urls) {
    this.setup = setup;
    this.urls = urls;
    this.actors = actors;
    this.service = service;
    this.faculty = faculty;
  }

  @Override
  public Response listCollaboratives(
      Integer page, Integer size, Phase phase, CollaborativeKind kind, String q) {
    return Responses.ok(service.list(actors.current(), phase, kind, q, page, size));
  }

  @Override
  public Response createCollaborative(CollaborativeCreate input) {
    var created = service.create(actors.current(), input);
    return Responses.created(urls.below(uriInfo, created.body().getId()), created);
  }

  @Override
  public Response getCollaborative(UUID collaborativeId) {
    return Responses.ok(service.get(actors.current(), collaborativeId));
  }

  @Override
  public Response updateCollaborative(
      UUID collaborativeId, CollaborativeUpdate input, String ifMatch) {
    return Responses.ok(service.update(actors.current(), collaborativeId, ifMatch, input));
  }

  @Override
  public Response listPhaseTransitions(UUID collaborativeId, Integer page, Integer size) {
    return Responses.ok(service.transitions(actors.current(), collaborativeId, page, size));
  }

  @Override
  public Response transitionPhase(
      UUID collaborativeId, PhaseTransitionInput input, String ifMatch) {
    return Responses.ok(service.transition(actors.current(), collaborativeId, ifMatch, input));
  }

  @Override
  public Response getCollaborativeSetup(UUID collaborativeId) {
    return Responses.ok(setup.get(actors.current(), collaborativeId));
  }

  // ---- faculty ----------------------------------------------------------------------------------

  @Override
  public Response listFaculty(UUID collaborativeId, Integer page, Integer size) {
    return Responses.ok(faculty.list(actors.current(), collaborativeId, page, size));
  }

  @Override
  public Response assignFaculty(UUID collaborativeId, FacultyAssignmentInput input) {
    var assigned = faculty.assign(actors.current(), collaborativeId, input);
    return Responses.created(urls.below(uriInfo, assigned.body().getUserId()), assigned);
  }

  @Override
  public Response getFacultyAssignment(UUID collaborativeId, UUID userId) {
    return Responses.ok(faculty.get(actors.current(), collaborativeId, userId));
  }

  @Override
  public Response updateFacultyAssignment(
      UUID collaborativeId, UUID userId, FacultyAssignmentUpdate input, String ifMatch) {
    return Responses.ok(
        faculty.update(actors.current(), collaborativeId, userId, ifMatch, input.getLead()));
  }

  @Override
  public Response unassignFaculty(UUID collaborativeId, UUID userId) {
    faculty.unassign(actors.current(), collaborativeId, userId);
    return Response.noContent().build();
  }
}
