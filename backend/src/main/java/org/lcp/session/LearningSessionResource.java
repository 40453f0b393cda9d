package org.lcp.session;

import java.util.UUID;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.lcp.api.LearningSessionsApi;
import org.lcp.api.model.LearningSessionInput;
import org.lcp.api.model.LearningSessionPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.VisibleCollaborative;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Responses;
import org.lcp.common.web.Times;

import io.quarkus.security.Authenticated;

/** Learning sessions: parse, authorise, call the service, map. */
@Authenticated
public class LearningSessionResource implements LearningSessionsApi {

  private final VisibleCollaborative collaboratives;
  private final LearningSessionService service;

  @Context
  UriInfo uriInfo;

  public LearningSessionResource(VisibleCollaborative collaboratives, LearningSessionService service) {
    this.collaboratives = collaboratives;
    this.service = service;
  }

  @Override
  public Response listLearningSessions(UUID collaborativeId, Integer page, Integer size) {
    collaboratives.get(collaborativeId);
    Paging<LearningSession> result = service.list(collaborativeId, page, size);
    return Response.ok(new LearningSessionPage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items().stream().map(LearningSessionResource::toApi).toList())).build();
  }

  @Override
  public Response createLearningSession(UUID collaborativeId, LearningSessionInput input) {
    Collaborative c = collaboratives.asFaculty(collaborativeId);
    LearningSession s = service.create(c, input);
    return Responses.created(uriInfo, s.id, s.version, toApi(s));
  }

  @Override
  public Response getLearningSession(UUID collaborativeId, UUID sessionId) {
    collaboratives.get(collaborativeId);
    LearningSession s = service.get(collaborativeId, sessionId);
    return Responses.ok(s.version, toApi(s));
  }

  @Override
  public Response updateLearningSession(UUID collaborativeId, UUID sessionId, LearningSessionInput input,
      String ifMatch) {
    Collaborative c = collaboratives.asFaculty(collaborativeId);
    LearningSession s = service.update(c, sessionId, ifMatch, input);
    return Responses.ok(s.version, toApi(s));
  }

  @Override
  public Response deleteLearningSession(UUID collaborativeId, UUID sessionId) {
    Collaborative c = collaboratives.asLead(collaborativeId);
    service.delete(c, sessionId);
    return Response.noContent().build();
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
