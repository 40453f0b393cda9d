package org.lcp.application;

import java.util.UUID;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.lcp.api.ApplicationsApi;
import org.lcp.api.model.ApplicationCreate;
import org.lcp.api.model.ApplicationStatus;
import org.lcp.api.model.ApplicationSummary;
import org.lcp.api.model.ApplicationSummaryPage;
import org.lcp.api.model.CommitmentSection;
import org.lcp.api.model.CoreTeamSection;
import org.lcp.api.model.DecisionInput;
import org.lcp.api.model.MessageInput;
import org.lcp.api.model.ReadinessItemList;
import org.lcp.api.model.ReadinessSection;
import org.lcp.api.model.SessionCommitmentSection;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.VisibleCollaborative;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Access;
import org.lcp.common.security.Caller;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Responses;

import io.quarkus.security.Authenticated;

/** Applications and readiness items: parse, authorise, call the service, map. */
@Authenticated
public class ApplicationResource implements ApplicationsApi {

  private final Access access;
  private final ApplicationAccess applications;
  private final VisibleCollaborative collaboratives;
  private final ApplicationService service;

  @Context
  UriInfo uriInfo;

  public ApplicationResource(Access access, ApplicationAccess applications, VisibleCollaborative collaboratives,
      ApplicationService service) {
    this.access = access;
    this.applications = applications;
    this.collaboratives = collaboratives;
    this.service = service;
  }

  @Override
  public Response getReadinessItems(UUID collaborativeId) {
    Collaborative c = collaboratives.get(collaborativeId);
    var items = service.items(c.id);
    return Response.ok(ApplicationMapper.toApi(items)).header(HttpHeaders.ETAG, ApplicationService.itemsTag(items))
        .build();
  }

  @Override
  public Response replaceReadinessItems(UUID collaborativeId, ReadinessItemList input, String ifMatch) {
    Collaborative c = collaboratives.asLead(collaborativeId);
    var items = service.replaceItems(c, ifMatch, input);
    return Response.ok(ApplicationMapper.toApi(items)).header(HttpHeaders.ETAG, ApplicationService.itemsTag(items))
        .build();
  }

  @Override
  public Response listApplications(Integer page, Integer size, UUID collaborativeId, UUID organizationId,
      ApplicationStatus status, Boolean assignedToMe) {
    Caller caller = access.requirePerson();
    Paging<ApplicationSummary> result = service.list(caller, collaborativeId, organizationId, status,
        Boolean.TRUE.equals(assignedToMe), page, size);
    return Response.ok(new ApplicationSummaryPage().items(result.items()).page(result.page()).size(result.size())
        .total(result.total())).build();
  }

  @Override
  public Response createApplication(ApplicationCreate input) {
    Caller caller = access.requirePerson();
    if (access.memberRole(input.getOrganizationId()).isEmpty()) {
      if (caller.isAdmin()) {
        throw ApiException.forbidden("applications are made by members of the organisation");
      }
      throw ApiException.notFound("organization", input.getOrganizationId());
    }
    Collaborative c = collaboratives.get(input.getCollaborativeId());
    Application a = service.create(caller, c, input);
    return Responses.created(uriInfo, a.id, a.version, service.view(a.id));
  }

  @Override
  public Response getApplication(UUID applicationId) {
    Application a = applications.visible(applicationId);
    return Responses.ok(a.version, service.view(a.id));
  }

  @Override
  public Response saveReadiness(UUID applicationId, ReadinessSection input, String ifMatch) {
    applications.asApplicant(applicationId);
    return saved(service.saveReadiness(applicationId, ifMatch, input));
  }

  @Override
  public Response saveCommitment(UUID applicationId, CommitmentSection input, String ifMatch) {
    applications.asApplicant(applicationId);
    return saved(service.saveCommitment(applicationId, ifMatch, input));
  }

  @Override
  public Response saveCoreTeam(UUID applicationId, CoreTeamSection input, String ifMatch) {
    applications.asApplicant(applicationId);
    return saved(service.saveCoreTeam(applicationId, ifMatch, input));
  }

  @Override
  public Response saveSessionCommitments(UUID applicationId, SessionCommitmentSection input, String ifMatch) {
    applications.asApplicant(applicationId);
    return saved(service.saveSessionCommitments(applicationId, ifMatch, input));
  }

  @Override
  public Response submitApplication(UUID applicationId, String ifMatch) {
    applications.asApplicant(applicationId);
    return saved(service.submit(applicationId, ifMatch));
  }

  @Override
  public Response withdrawApplication(UUID applicationId, String ifMatch) {
    applications.asApplicant(applicationId);
    return saved(service.withdraw(applicationId, ifMatch));
  }

  @Override
  public Response returnApplication(UUID applicationId, MessageInput input, String ifMatch) {
    applications.asLead(applicationId);
    return saved(service.returnForChanges(applicationId, ifMatch, input.getMessage()));
  }

  @Override
  public Response decideApplication(UUID applicationId, DecisionInput input, String ifMatch) {
    applications.asLead(applicationId);
    return saved(service.decide(applicationId, ifMatch, input));
  }

  private Response saved(Application a) {
    return Responses.ok(a.version, service.view(a.id));
  }
}
