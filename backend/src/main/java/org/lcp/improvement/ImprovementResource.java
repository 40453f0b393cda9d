package org.lcp.improvement;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.lcp.api.ImprovementApi;
import org.lcp.api.model.ChangeIdeaInput;
import org.lcp.api.model.ChartAnnotationInput;
import org.lcp.api.model.ChartCommentInput;
import org.lcp.api.model.PdsaCycleInput;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/**
 * Change ideas, PDSA cycles, chart annotations and faculty comments: parse, call the service with
 * the caller, answer.
 */
@Authenticated
public class ImprovementResource implements ImprovementApi {

  private final Actors actors;
  private final ChangeIdeaService ideas;
  private final ChartAnnotationService annotations;
  private final ChartCommentService comments;
  private final PublicUrl urls;

  @Context UriInfo uriInfo;

  public ImprovementResource(
      Actors actors,
      ChangeIdeaService ideas,
      ChartAnnotationService annotations,
      ChartCommentService comments,
      PublicUrl urls) {
    this.actors = actors;
    this.ideas = ideas;
    this.annotations = annotations;
    this.comments = comments;
    this.urls = urls;
  }

  // ---- change ideas -----------------------------------------------------------------------------

  @Override
  public Response listChangeIdeas(
      UUID collaborativeId, Integer page, Integer size, UUID organizationId, UUID measureId) {
    return Responses.ok(
        ideas.list(actors.current(), collaborativeId, organizationId, measureId, page, size));
  }

  @Override
  public Response createChangeIdea(UUID collaborativeId, ChangeIdeaInput input) {
    var created = ideas.create(actors.current(), collaborativeId, input);
    return Responses.created(urls.below(uriInfo, created.body().getId()), created);
  }

  @Override
  public Response getChangeIdea(UUID collaborativeId, UUID changeIdeaId) {
    return Responses.ok(ideas.get(actors.current(), collaborativeId, changeIdeaId));
  }

  @Override
  public Response updateChangeIdea(
      UUID collaborativeId, UUID changeIdeaId, ChangeIdeaInput input, String ifMatch) {
    return Responses.ok(
        ideas.update(actors.current(), collaborativeId, changeIdeaId, ifMatch, input));
  }

  // ---- PDSA cycles ------------------------------------------------------------------------------

  @Override
  public Response listPdsaCycles(
      UUID collaborativeId, UUID changeIdeaId, Integer page, Integer size) {
    return Responses.ok(
        ideas.listCycles(actors.current(), collaborativeId, changeIdeaId, page, size));
  }

  @Override
  public Response createPdsaCycle(UUID collaborativeId, UUID changeIdeaId, PdsaCycleInput input) {
    var created = ideas.createCycle(actors.current(), collaborativeId, changeIdeaId, input);
    return Responses.created(urls.below(uriInfo, created.body().getId()), created);
  }

  @Override
  public Response getPdsaCycle(UUID collaborativeId, UUID changeIdeaId, UUID cycleId) {
    return Responses.ok(ideas.getCycle(actors.current(), collaborativeId, changeIdeaId, cycleId));
  }

  @Override
  public Response updatePdsaCycle(
      UUID collaborativeId, UUID changeIdeaId, UUID cycleId, PdsaCycleInput input, String ifMatch) {
    return Responses.ok(
        ideas.updateCycle(
            actors.current(), collaborativeId, changeIdeaId, cycleId, ifMatch, input));
  }

  // ---- annotations ------------------------------------------------------------------------------

  @Override
  public Response listChartAnnotations(
      UUID collaborativeId,
      Integer page,
      Integer size,
      UUID organizationId,
      UUID measureId,
      String from,
      String to) {
    return Responses.ok(
        annotations.list(
            actors.current(), collaborativeId, organizationId, measureId, from, to, page, size));
  }

  @Override
  public Response createChartAnnotation(UUID collaborativeId, ChartAnnotationInput input) {
    var created = annotations.create(actors.current(), collaborativeId, input);
    return Responses.created(urls.below(uriInfo, created.body().getId()), created);
  }

  @Override
  public Response getChartAnnotation(UUID collaborativeId, UUID annotationId) {
    return Responses.ok(annotations.get(actors.current(), collaborativeId, annotationId));
  }

  @Override
  public Response updateChartAnnotation(
      UUID collaborativeId, UUID annotationId, ChartAnnotationInput input, String ifMatch) {
    return Responses.ok(
        annotations.update(actors.current(), collaborativeId, annotationId, ifMatch, input));
  }

  @Override
  public Response deleteChartAnnotation(UUID collaborativeId, UUID annotationId, String ifMatch) {
    annotations.delete(actors.current(), collaborativeId, annotationId, ifMatch);
    return Response.noContent().build();
  }

  // ---- comments ---------------------------------------------------------------------------------

  @Override
  public Response listChartComments(
      UUID collaborativeId, Integer page, Integer size, UUID organizationId, UUID measureId) {
    return Responses.ok(
        comments.list(actors.current(), collaborativeId, organizationId, measureId, page, size));
  }

  @Override
  public Response createChartComment(UUID collaborativeId, ChartCommentInput input) {
    var created = comments.create(actors.current(), collaborativeId, input);
    return Responses.created(urls.below(uriInfo, created.body().getId()), created);
  }
}
