package org.lcp.session;

import java.util.UUID;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.lcp.api.LearningSessionsApi;
import org.lcp.api.model.LearningSessionInput;
import org.lcp.api.model.LearningSessionPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeService;
import org.lcp.common.security.Access;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Responses;
import org.lcp.common.web.Times;

import io.quarkus.security.Authenticated;

/** Learning sessions: parse, authorise, call the service, map. */
@Authenticated
public class LearningSessionResource implements LearningSessionsApi {

  private final Access access;
  private final CollaborativeService collaboratives;
  private final LearningSessionService service;

  @Context
  UriInfo uriInfo;

  public LearningSessionResource(Access access, CollaborativeService collaboratives, LearningSessionService service) {
    this.access = access;
    this.collaboratives = collaboratives;
    this.service = service;
  }

  @Override
  public Response listLearningSessions(UUID collaborativeId, Integer page, Integer size) {
    visible(collaborativeId);
    Paging<LearningSession> result = service.list(collaborativeId, page, size);
    return Response.ok(new LearningSessionPage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items().stream().map(LearningSessionResource::toApi).toList())).build();
  }

  @Override
  public Response createLearningSession(UUID collaborativeId, LearningSessionInput input) {
    Collaborative c = visible(collaborativeId);
    access.requireCollaborativeFaculty(c.id, c.isDraft());
    LearningSession s = service.create(c, input);
    return Responses.created(uriInfo, s.id, s.version, toApi(s));
  }

  @Override
  public Response getLearningSession(UUID collaborativeId, UUID sessionId) {
    visible(collaborativeId);
    LearningSession s = service.get(collaborativeId, sessionId);
    return Responses.ok(s.version, toApi(s));
  }

  @Override
  public Response updateLearningSession(UUID collaborativeId, UUID sessionId, LearningSessionInput input,
      String ifMatch) {
    Collaborative c = visible(collaborativeId);
    access.requireCollaborativeFaculty(c.id, c.isDraft());
    LearningSession s = service.update(c, sessionId, ifMatch, input);
    return Responses.ok(s.version, toApi(s));
  }

  @Override
  public Response deleteLearningSession(UUID collaborativeId, UUID sessionId) {
    Collaborative c = visible(collaborativeId);
    access.requireCollaborativeLead(c.id, c.isDraft());
    service.delete(c, sessionId);
    return Response.noContent().build();
  }

  private Collaborative visible(UUID collaborativeId) {
    access.requirePerson();
    Collaborative c = collaboratives.get(collaborativeId);
    access.requireCollaborativeVisible(c.id, c.isDraft());
    return c;
  }

  static org.lcp.api.model.LearningSession toApi(LearningSession s) {
    return new org.lcp.api.model.LearningSession()
        .id(s.id)
        .collaborativeId(s.collaborativeId)
        .number(s.number)
        .title(s.title)
        .startDate(s.startDate)
        .endDate(s.endDate)
        .timeZone(s.timeZone)
        .mode(s.mode)
        .location(s.location)
        .joinUrl(s.joinUrl)
        .agenda(s.agenda)
        .createdAt(Times.utc(s.createdAt))
        .updatedAt(Times.utc(s.updatedAt));
  }
}
