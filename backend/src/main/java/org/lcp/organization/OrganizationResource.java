package org.lcp.organization;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.lcp.api.OrganizationsApi;
import org.lcp.api.model.MachineClientInput;
import org.lcp.api.model.MachineClientPage;
import org.lcp.api.model.MachineClientUpdate;
import org.lcp.api.model.MemberInvite;
import org.lcp.api.model.MemberPage;
import org.lcp.api.model.MemberRole;
import org.lcp.api.model.MemberStatus;
import org.lcp.api.model.MemberUpdate;
import org.lcp.api.model.OrganizationInput;
import org.lcp.api.model.OrganizationPage;
import org.lcp.common.security.Access;
import org.lcp.common.security.Caller;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Responses;

import io.quarkus.security.Authenticated;

/** Organisations, members and machine clients: parse, authorise, call the service, map. */
@Authenticated
public class OrganizationResource implements OrganizationsApi {

  private final Access access;
  private final OrganizationService service;

  @Context
  UriInfo uriInfo;

  public OrganizationResource(Access access, OrganizationService service) {
    this.access = access;
    this.service = service;
  }

  @Override
  public Response listOrganizations(Integer page, Integer size, String q) {
    Caller caller = access.requirePerson();
    Paging<Organization> result = service.list(q, caller.isAdmin() ? null : caller.userId(), page, size);
    Map<UUID, Long> counts = service.memberCounts(result.items().stream().map(o -> o.id).toList());
    return Response.ok(new OrganizationPage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items().stream().map(o -> OrganizationMapper.toApi(o, counts.get(o.id))).toList())).build();
  }

  @Override
  public Response createOrganization(OrganizationInput input) {
    access.requireAdmin();
    Organization o = service.create(input);
    return Responses.created(uriInfo, o.id, o.version, OrganizationMapper.toApi(o, 0L));
  }

  @Override
  public Response getOrganization(UUID organizationId) {
    access.requireOrganizationVisible(organizationId);
    Organization o = service.get(organizationId);
    return Responses.ok(o.version, OrganizationMapper.toApi(o, service.memberCounts(List.of(o.id)).get(o.id)));
  }

  @Override
  public Response updateOrganization(UUID organizationId, OrganizationInput input, String ifMatch) {
    access.requireOrganizationManager(organizationId);
    Organization o = service.update(organizationId, ifMatch, input);
    return Responses.ok(o.version, OrganizationMapper.toApi(o, service.memberCounts(List.of(o.id)).get(o.id)));
  }

  // ---- members ----------------------------------------------------------------------------------

  @Override
  public Response listMembers(UUID organizationId, Integer page, Integer size, MemberRole role, MemberStatus status) {
    access.requireOrganizationVisible(organizationId);
    Paging<Membership> result = service.members(organizationId, role, status == null ? null : status.toString(),
        page, size);
    return Response.ok(new MemberPage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items().stream().map(OrganizationMapper::toApi).toList())).build();
  }

  @Override
  public Response inviteMember(UUID organizationId, MemberInvite input) {
    access.requireOrganizationManager(organizationId);
    Membership m = service.invite(organizationId, input);
    return Responses.created(uriInfo, m.id, m.version, OrganizationMapper.toApi(m));
  }

  @Override
  public Response getMember(UUID organizationId, UUID memberId) {
    access.requireOrganizationVisible(organizationId);
    Membership m = service.member(organizationId, memberId);
    return Responses.ok(m.version, OrganizationMapper.toApi(m));
  }

  @Override
  public Response updateMember(UUID organizationId, UUID memberId, MemberUpdate input, String ifMatch) {
    access.requireOrganizationManager(organizationId);
    Membership m = service.updateMember(organizationId, memberId, ifMatch, input);
    return Responses.ok(m.version, OrganizationMapper.toApi(m));
  }

  @Override
  public Response removeMember(UUID organizationId, UUID memberId) {
    access.requireOrganizationManager(organizationId);
    service.removeMember(organizationId, memberId);
    return Response.noContent().build();
  }

  // ---- machine clients --------------------------------------------------------------------------

  @Override
  public Response listMachineClients(UUID organizationId, Integer page, Integer size) {
    access.requireOrganizationVisible(organizationId);
    Paging<MachineClientRegistration> result = service.machineClients(organizationId, page, size);
    return Response.ok(new MachineClientPage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items().stream().map(OrganizationMapper::toApi).toList())).build();
  }

  @Override
  public Response registerMachineClient(UUID organizationId, MachineClientInput input) {
    access.requireOrganizationVisible(organizationId);
    access.requireAdmin();
    MachineClientRegistration c = service.registerMachineClient(organizationId, input);
    return Responses.created(uriInfo, c.id, c.version, OrganizationMapper.toApi(c));
  }

  @Override
  public Response getMachineClient(UUID organizationId, UUID machineClientId) {
    access.requireOrganizationVisible(organizationId);
    MachineClientRegistration c = service.machineClient(organizationId, machineClientId);
    return Responses.ok(c.version, OrganizationMapper.toApi(c));
  }

  @Override
  public Response updateMachineClient(UUID organizationId, UUID machineClientId, MachineClientUpdate input,
      String ifMatch) {
    access.requireOrganizationVisible(organizationId);
    access.requireAdmin();
    MachineClientRegistration c = service.updateMachineClient(organizationId, machineClientId, ifMatch, input);
    return Responses.ok(c.version, OrganizationMapper.toApi(c));
  }
}
