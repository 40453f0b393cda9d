package org.lcp.organization;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.lcp.common.identity.IdentityAccounts;
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
  private final IdentityAccounts accounts;

  public MachineClientService(
      OrganizationRepository organizations,
      MachineClientRepository machineClients,
      OrganizationPolicy policy,
      AuditLog audit,
      IdentityAccounts accounts) {
    this.accounts = accounts;
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

  /**
   * Registers a data system: checks first (reading only), then creates its confidential client in
   * Keycloak (or takes over the data-system client a failed attempt left) with no transaction open,
   * then writes the registration. The secret is in this answer and nowhere else.
   */
  public Versioned<MachineClient> register(
      Actor actor, UUID organizationId, MachineClientInput in) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              policy.requireMachineClientAdmin(actor, organizationId);
              organizations.require(organizationId);
              requireUnregistered(organizationId, in.getClientId());
            });
    String name = in.getName().trim();
    String secret = null;
    if (accounts.enabled()) {
      secret = accounts.createDataSystemClient(in.getClientId(), name);
    }
    String shown = secret;
    return QuarkusTransaction.requiringNew()
        .call(() -> write(organizationId, in.getClientId(), name, shown));
  }

  /**
   * Records a registration without touching Keycloak, in the caller's transaction: the demo data's
   * data systems, whose clients (and secrets) the realm file has.
   */
  @Transactional
  public Versioned<MachineClient> recordRegistration(
      Actor actor, UUID organizationId, MachineClientInput in) {
    policy.requireMachineClientAdmin(actor, organizationId);
    organizations.require(organizationId);
    return write(organizationId, in.getClientId(), in.getName().trim(), null);
  }

  private Versioned<MachineClient> write(
      UUID organizationId, String clientId, String name, String shown) {
    requireUnregistered(organizationId, clientId);
    MachineClientRegistration c = new MachineClientRegistration();
    c.id = UUID.randomUUID();
    c.organizationId = organizationId;
    c.clientId = clientId;
    c.name = name;
    c.enabled = true;
    c.created(Instant.now());
    machineClients.persist(c);
    Map<String, Object> after = snapshot(c);
    after.put("keycloakClientCreated", shown != null);
    audit.record("machine-client.registered", subject(c), null, after, null);
    machineClients.flush();
    MachineClient body = OrganizationMapper.toApi(c);
    if (shown != null) {
      body.secret(shown);
    } else {
      body.secretNote(
          "no Keycloak client was created here: create the confidential client '"
              + c.clientId
              + "' (service account, lcp-api audience) in Keycloak's console, or turn identity"
              + " administration on");
    }
    return Versioned.of(c.version, body);
  }

  /** A new secret for the data system's client; the old one stops working at once. */
  public Versioned<MachineClient> rotateSecret(Actor actor, UUID organizationId, UUID id) {
    MachineClientRegistration found =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  policy.requireMachineClientAdmin(actor, organizationId);
                  return require(organizationId, id);
                });
    accounts.requireEnabled("rotating a data system's secret");
    String secret = accounts.regenerateSecret(found.clientId);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              MachineClientRegistration c = require(organizationId, id);
              audit.record(
                  "machine-client.secret-rotated",
                  subject(c),
                  null,
                  Map.of("clientId", c.clientId),
                  null);
              return Versioned.of(c.version, OrganizationMapper.toApi(c).secret(secret));
            });
  }

  /**
   * Renames, suspends or resumes a data system. Keycloak's client is enabled or disabled first
   * (idempotent); when the write then fails (a stale If-Match), Keycloak is set back to what the
   * registration says.
   */
  public Versioned<MachineClient> update(
      Actor actor, UUID organizationId, UUID id, String ifMatch, MachineClientUpdate in) {
    MachineClientRegistration found =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  policy.requireMachineClientAdmin(actor, organizationId);
                  MachineClientRegistration c = require(organizationId, id);
                  ETags.require(ifMatch, c.version);
                  return c;
                });
    boolean toggles = accounts.enabled() && found.enabled != in.getEnabled();
    if (toggles) {
      accounts.setClientEnabled(found.clientId, in.getEnabled());
    }
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                MachineClientRegistration c = require(organizationId, id);
                ETags.require(ifMatch, c.version);
                Map<String, Object> before = snapshot(c);
                c.name = in.getName().trim();
                c.enabled = in.getEnabled();
                c.updatedAt = Instant.now();
                var d = AuditLog.diff(before, snapshot(c));
                audit.record(
                    "machine-client.updated", subject(c), d.get("before"), d.get("after"), null);
                machineClients.flush();
                return Versioned.of(c.version, OrganizationMapper.toApi(c));
              });
    } catch (RuntimeException e) {
      if (toggles) {
        boolean current =
            QuarkusTransaction.requiringNew().call(() -> require(organizationId, id).enabled);
        accounts.setClientEnabled(found.clientId, current);
      }
      throw e;
    }
  }

  private void requireUnregistered(UUID organizationId, String clientId) {
    machineClients
        .findByClientId(clientId)
        .ifPresent(
            existing -> {
              throw ApiException.conflict(
                  "client id '"
                      + clientId
                      + "' is already registered"
                      + (existing.organizationId.equals(organizationId)
                          ? " to this organisation"
                          : " to another organisation"));
            });
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
