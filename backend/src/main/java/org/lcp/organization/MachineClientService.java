package org.lcp.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lcp.api.model.MachineClient;
import org.lcp.api.model.MachineClientInput;
import org.lcp.api.model.MachineClientPage;
import org.lcp.api.model.MachineClientUpdate;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.OrganizationPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Versioned;

/** A site's data systems: Keycloak clients registered to act for one organisation. */
@ApplicationScoped
public class MachineClientService {

  private final OrganizationRepository organizations;
  private final MachineClientRepository machineClients;
  private final OrganizationPolicy policy;
  private final AuditLog audit;

  public MachineClientService(
      OrganizationRepository organizations,
      MachineClientRepository machineClients,
      OrganizationPolicy policy,
      AuditLog audit) {
    this.organizations = organizations;
    this.machineClients = machineClients;
    this.policy = policy;
    this.audit = audit;
  }

  @Transactional
  public MachineClientPage list(Actor actor, UUID organizationId, Integer page, Integer size) {
    policy.requireVisible(actor, organizationId);
    organizations.require(organizationId);
    Paging<MachineClientRegistration> result =
        Paging.of(machineClients.ofOrganization(organizationId), page, size);
    return new MachineClientPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(OrganizationMapper::toApi).toList());
  }

  @Transactional
  public Versioned<MachineClient> get(Actor actor, UUID organizationId, UUID id) {
    policy.requireVisible(actor, organizationId);
    MachineClientRegistration c = require(organizationId, id);
    return Versioned.of(c.version, OrganizationMapper.toApi(c));
  }

  @Transactional
  public Versioned<MachineClient> register(
      Actor actor, UUID organizationId, MachineClientInput in) {
    policy.requireMachineClientAdmin(actor, organizationId);
    organizations.require(organizationId);
    machineClients
        .findByClientId(in.getClientId())
        .ifPresent(
            existing -> {
              throw ApiException.conflict(
                  "client id '"
                      + in.getClientId()
                      + "' is already registered"
                      + (existing.organizationId.equals(organizationId)
                          ? " to this organisation"
                          : " to another organisation"));
            });
    MachineClientRegistration c = new MachineClientRegistration();
    c.id = UUID.randomUUID();
    c.organizationId = organizationId;
    c.clientId = in.getClientId();
    c.name = in.getName().trim();
    c.enabled = true;
    c.created(Instant.now());
    machineClients.persist(c);
    audit.record("machine-client.registered", subject(c), null, snapshot(c), null);
    machineClients.flush();
    return Versioned.of(c.version, OrganizationMapper.toApi(c));
  }

  @Transactional
  public Versioned<MachineClient> update(
      Actor actor, UUID organizationId, UUID id, String ifMatch, MachineClientUpdate in) {
    policy.requireMachineClientAdmin(actor, organizationId);
    MachineClientRegistration c = require(organizationId, id);
    ETags.require(ifMatch, c.version);
    Map<String, Object> before = snapshot(c);
    c.name = in.getName().trim();
    c.enabled = in.getEnabled();
    c.updatedAt = Instant.now();
    var d = AuditLog.diff(before, snapshot(c));
    audit.record("machine-client.updated", subject(c), d.get("before"), d.get("after"), null);
    machineClients.flush();
    return Versioned.of(c.version, OrganizationMapper.toApi(c));
  }

  /** A machine client as /api/me shows it to itself, with the organisation it acts for. */
  @Transactional
  public Optional<MachineClient> describe(String clientId) {
    return machineClients.findByClientId(clientId).map(OrganizationMapper::toApi);
  }

  private MachineClientRegistration require(UUID organizationId, UUID id) {
    return machineClients
        .findInOrganization(organizationId, id)
        .orElseThrow(() -> ApiException.notFound("machine client", id));
  }

  private static Subject subject(MachineClientRegistration c) {
    return new Subject("machine-client", c.id, c.organizationId, null);
  }

  private static Map<String, Object> snapshot(MachineClientRegistration c) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("clientId", c.clientId);
    s.put("name", c.name);
    s.put("enabled", c.enabled);
    return s;
  }
}
