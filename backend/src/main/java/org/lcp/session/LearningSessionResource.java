package org.lcp.session;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.lcp.api.LearningSessionsApi;
import org.lcp.api.model.LearningSessionInput;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/** Learning sessions: parse, call the service with the caller, answer. */
@Authenticated
public class LearningSessionResource implements LearningSessionsApi {

  private final Actors actors;
  private final LearningSessionService service;

  private final PublicUrl urls;

  @Context UriInfo uriInfo;

  public LearningSessionResource(Actors actors, LearningSessionService service, PublicUrl urls) {
    this.urls = urls;
    this.actors = actors;
    this.service = service;
  }

  @Override
  public Response listLearningSessions(UUID collaborativeId, Integer page, Integer size) {
    return Responses.ok(service.list(actors.current(), collaborativeId, page, size));
  }

  @Override
  public Response createLearningSession(UUID collaborativeId, LearningSessionInput input) {
    var created = service.create(actors.current(), collaborativeId, input);
    return Responses.created(urls.below(uriInfo, created.body().getId()), created);
  }

  @Override
  public Response getLearningSession(UUID collaborativeId, UUID sessionId) {
    return Responses.ok(service.get(actors.current(), collaborativeId, sessionId));
  }

  @Override
  public Response updateLearningSession(
      UUID collaborativeId, UUID sessionId, LearningSessionInput input, String ifMatch) {
    return Responses.ok(
        service.update(actors.current(), collaborativeId, sessionId, ifMatch, input));
  }

  @Override
  public Response deleteLearningSession(UUID collaborativeId, UUID sessionId) {
    service.delete(actors.current(), collaborativeId, sessionId);
    return Response.noContent().build();
  }
}
