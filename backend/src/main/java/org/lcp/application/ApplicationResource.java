package org.lcp.application;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.lcp.api.ApplicationsApi;
import org.lcp.api.model.ApplicationCreate;
import org.lcp.api.model.ApplicationStatus;
import org.lcp.api.model.CommitmentSection;
import org.lcp.api.model.CoreTeamSectionInput;
import org.lcp.api.model.DecisionInput;
import org.lcp.api.model.DecisionReversalInput;
import org.lcp.api.model.MessageInput;
import org.lcp.api.model.ReadinessItemList;
import org.lcp.api.model.ReadinessSection;
import org.lcp.api.model.SessionCommitmentSection;
import org.lcp.api.model.WaitlistOrder;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/** Applications and readiness items: parse, call the service with the caller, answer. */
@Authenticated
public class ApplicationResource implements ApplicationsApi {

  private final Actors actors;
  private final ReadinessItemService items;
  private final ApplicationQueryService queries;
  private final ApplicationSectionService sections;
  private final ApplicationLifecycleService lifecycle;
  private final WaitlistService waitlist;

  private final PublicUrl urls;

  @Context UriInfo uriInfo;

  public ApplicationResource(
      Actors actors,
      ReadinessItemService items,
      ApplicationQueryService queries,
      ApplicationSectionService sections,
      ApplicationLifecycleService lifecycle,
      WaitlistService waitlist,
      PublicUrl urls) {
    this.waitlist = waitlist;
    this.urls = urls;
    this.actors = actors;
    this.items = items;
    this.queries = queries;
    this.sections = sections;
    this.lifecycle = lifecycle;
  }

  @Override
  public Response getReadinessItems(UUID collaborativeId) {
    return Responses.ok(items.list(actors.current(), collaborativeId));
  }

  @Override
  public Response replaceReadinessItems(
      UUID collaborativeId, ReadinessItemList input, String ifMatch) {
    return Responses.ok(items.replace(actors.current(), collaborativeId, ifMatch, input));
  }

  @Override
  public Response listApplications(
      Integer page,
      Integer size,
      UUID collaborativeId,
      UUID organizationId,
      ApplicationStatus status,
      Boolean assignedToMe) {
    return Responses.ok(
        queries.list(
            actors.current(),
            new ApplicationQueryService.ListQuery(
                collaborativeId,
                organizationId,
                status,
                Boolean.TRUE.equals(assignedToMe),
                page,
                size)));
  }

  @Override
  public Response createApplication(ApplicationCreate input) {
    var created = lifecycle.create(actors.current(), input);
    return Responses.created(urls.below(uriInfo, created.body().getId()), created);
  }

  @Override
  public Response getApplication(UUID applicationId) {
    return Responses.ok(queries.get(actors.current(), applicationId));
  }

  @Override
  public Response saveReadiness(UUID applicationId, ReadinessSection input, String ifMatch) {
    return Responses.ok(sections.saveReadiness(actors.current(), applicationId, ifMatch, input));
  }

  @Override
  public Response saveCommitment(UUID applicationId, CommitmentSection input, String ifMatch) {
    return Responses.ok(sections.saveCommitment(actors.current(), applicationId, ifMatch, input));
  }

  @Override
  public Response saveCoreTeam(UUID applicationId, CoreTeamSectionInput input, String ifMatch) {
    return Responses.ok(sections.saveCoreTeam(actors.current(), applicationId, ifMatch, input));
  }

  @Override
  public Response saveSessionCommitments(
      UUID applicationId, SessionCommitmentSection input, String ifMatch) {
    return Responses.ok(
        sections.saveSessionCommitments(actors.current(), applicationId, ifMatch, input));
  }

  @Override
  public Response submitApplication(UUID applicationId, String ifMatch) {
    return Responses.ok(lifecycle.submit(actors.current(), applicationId, ifMatch));
  }

  @Override
  public Response withdrawApplication(UUID applicationId, String ifMatch) {
    return Responses.ok(lifecycle.withdraw(actors.current(), applicationId, ifMatch));
  }

  @Override
  public Response returnApplication(UUID applicationId, MessageInput input, String ifMatch) {
    return Responses.ok(
        lifecycle.returnForChanges(actors.current(), applicationId, ifMatch, input.getMessage()));
  }

  @Override
  public Response decideApplication(UUID applicationId, DecisionInput input, String ifMatch) {
    return Responses.ok(lifecycle.decide(actors.current(), applicationId, ifMatch, input));
  }

  @Override
  public Response undoDecision(UUID applicationId, String ifMatch) {
    return Responses.ok(lifecycle.undoDecision(actors.current(), applicationId, ifMatch));
  }

  @Override
  public Response reverseDecision(UUID applicationId, DecisionReversalInput input, String ifMatch) {
    return Responses.ok(
        lifecycle.reverseDecision(actors.current(), applicationId, ifMatch, input.getReason()));
  }

  @Override
  public Response getWaitlist(UUID collaborativeId) {
    return Responses.ok(waitlist.get(actors.current(), collaborativeId));
  }

  @Override
  public Response reorderWaitlist(UUID collaborativeId, WaitlistOrder input) {
    return Responses.ok(
        waitlist.reorder(actors.current(), collaborativeId, input.getApplicationIds()));
  }
}
