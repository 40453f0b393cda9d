package org.lcp.organization;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.lcp.api.OrganizationsApi;
import org.lcp.api.model.DataContactInput;
import org.lcp.api.model.MachineClientInput;
import org.lcp.api.model.MachineClientUpdate;
import org.lcp.api.model.MemberInvite;
import org.lcp.api.model.MemberRole;
import org.lcp.api.model.MemberStatus;
import org.lcp.api.model.MemberUpdate;
import org.lcp.api.model.OrganizationInput;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/** Organisations, members and machine clients: parse, call the service with the caller, answer. */
@Authenticated
public class OrganizationResource implements OrganizationsApi {

  private final Actors actors;
  private final OrganizationService organizations;
  private final MemberService members;
  private final MachineClientService machineClients;

  private final PublicUrl urls;

  @Context UriInfo uriInfo;

  public OrganizationResource(
      Actors actors,
      OrganizationService organizations,
      MemberService members,
      MachineClientService machineClients,
      PublicUrl urls) {
    this.urls = urls;
    this.actors = actors;
    this.organizations = organizations;
    this.members = members;
    this.machineClients = machineClients;
  }

  @Override
  public Response listOrganizations(Integer page, Integer size, String q) {
    return Responses.ok(organizations.list(actors.current(), q, page, size));
  }

  @Override
  public Response createOrganization(OrganizationInput input) {
    var created = organizations.create(actors.current(), input);
    return Responses.created(urls.below(uriInfo, created.body().getId()), created);
  }

  @Override
  public Response setDataContact(UUID organizationId, DataContactInput input, String ifMatch) {
    return Responses.ok(
        organizations.setDataContact(
            actors.current(), organizationId, ifMatch, input.getMemberId()));
  }

  @Override
  public Response getOrganization(UUID organizationId) {
    return Responses.ok(organizations.get(actors.current(), organizationId));
  }

  @Override
  public Response updateOrganization(UUID organizationId, OrganizationInput input, String ifMatch) {
    return Responses.ok(organizations.update(actors.current(), organizationId, ifMatch, input));
  }

  // ---- members ----------------------------------------------------------------------------------

  @Override
  public Response listMembers(
      UUID organizationId, Integer page, Integer size, MemberRole role, MemberStatus status) {
    return Responses.ok(members.list(actors.current(), organizationId, role, status, page, size));
  }

  @Override
  public Response inviteMember(UUID organizationId, MemberInvite input) {
    var invited = members.invite(actors.current(), organizationId, input);
    return Responses.created(urls.below(uriInfo, invited.body().getId()), invited);
  }

  @Override
  public Response resendInvitation(UUID organizationId, UUID memberId) {
    return Responses.ok(members.resendInvitation(actors.current(), organizationId, memberId));
  }

  @Override
  public Response getMember(UUID organizationId, UUID memberId) {
    return Responses.ok(members.get(actors.current(), organizationId, memberId));
  }

  @Override
  public Response updateMember(
      UUID organizationId, UUID memberId, MemberUpdate input, String ifMatch) {
    return Responses.ok(members.update(actors.current(), organizationId, memberId, ifMatch, input));
  }

  @Override
  public Response removeMember(UUID organizationId, UUID memberId) {
    members.remove(actors.current(), organizationId, memberId);
    return Response.noContent().build();
  }

  // ---- machine clients --------------------------------------------------------------------------

  @Override
  public Response listMachineClients(UUID organizationId, Integer page, Integer size) {
    return Responses.ok(machineClients.list(actors.current(), organizationId, page, size));
  }

  @Override
  public Response registerMachineClient(UUID organizationId, MachineClientInput input) {
    var registered = machineClients.register(actors.current(), organizationId, input);
    return Responses.created(urls.below(uriInfo, registered.body().getId()), registered);
  }

  @Override
  public Response rotateMachineClientSecret(UUID organizationId, UUID machineClientId) {
    return Responses.ok(
        machineClients.rotateSecret(actors.current(), organizationId, machineClientId));
  }

  @Override
  public Response getMachineClient(UUID organizationId, UUID machineClientId) {
    return Responses.ok(machineClients.get(actors.current(), organizationId, machineClientId));
  }

  @Override
  public Response updateMachineClient(
      UUID organizationId, UUID machineClientId, MachineClientUpdate input, String ifMatch) {
    return Responses.ok(
        machineClients.update(actors.current(), organizationId, machineClientId, ifMatch, input));
  }
}
