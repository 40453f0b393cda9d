package org.lcp.organization;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lcp.api.model.MachineClientInput;
import org.lcp.api.model.MachineClientUpdate;
import org.lcp.api.model.MemberInvite;
import org.lcp.api.model.MemberRole;
import org.lcp.api.model.MemberUpdate;
import org.lcp.api.model.OrganizationInput;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.AppUser;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;

/** Organisations, their members and their machine clients: the rules and the transactions. */
@ApplicationScoped
public class OrganizationService {

  private final OrganizationRepository organizations;
  private final MembershipRepository memberships;
  private final MachineClientRepository machineClients;
  private final AppUserRepository users;
  private final AuditLog audit;

  public OrganizationService(OrganizationRepository organizations, MembershipRepository memberships,
      MachineClientRepository machineClients, AppUserRepository users, AuditLog audit) {
    this.organizations = organizations;
    this.memberships = memberships;
    this.machineClients = machineClients;
    this.users = users;
    this.audit = audit;
  }

  // ---- organisations ----------------------------------------------------------------------------

  @Transactional
  public Paging<Organization> list(String q, UUID memberUserId, Integer page, Integer size) {
    return Paging.of(organizations.search(q, memberUserId), page, size);
  }

  /** Member counts of several organisations in one query. */
  @Transactional
  public Map<UUID, Long> memberCounts(List<UUID> organizationIds) {
    Map<UUID, Long> counts = new HashMap<>();
    if (organizationIds.isEmpty()) {
      return counts;
    }
    List<Object[]> rows = memberships.getEntityManager()
        .createQuery("select m.organizationId, count(m) from Membership m where m.organizationId in :ids "
            + "group by m.organizationId", Object[].class)
        .setParameter("ids", organizationIds)
        .getResultList();
    for (Object[] row : rows) {
      counts.put((UUID) row[0], (Long) row[1]);
    }
    organizationIds.forEach(id -> counts.putIfAbsent(id, 0L));
    return counts;
  }

  @Transactional
  public Organization get(UUID id) {
    return organizations.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("organization", id));
  }

  @Transactional
  public Organization create(OrganizationInput in) {
    requireUniqueName(in.getName(), null);
    Instant now = Instant.now();
    Organization o = new Organization();
    o.id = UUID.randomUUID();
    apply(o, in);
    o.created(now);
    organizations.persist(o);
    audit.record("organization.created", Subject.organization(o.id), null, o.snapshot(), null);
    return o;
  }

  @Transactional
  public Organization update(UUID id, String ifMatch, OrganizationInput in) {
    Organization o = get(id);
    ETags.require(ifMatch, o.version);
    requireUniqueName(in.getName(), id);
    Map<String, Object> before = o.snapshot();
    apply(o, in);
    o.updatedAt = Instant.now();
    var d = AuditLog.diff(before, o.snapshot());
    audit.record("organization.updated", Subject.organization(o.id), d.get("before"), d.get("after"), null);
    organizations.flush();
    return o;
  }

  private void requireUniqueName(String name, UUID self) {
    organizations.findByName(name).filter(other -> !other.id.equals(self)).ifPresent(other -> {
      throw ApiException.conflict("an organisation named '" + other.name + "' already exists");
    });
  }

  private static void apply(Organization o, OrganizationInput in) {
    o.name = in.getName().trim();
    o.city = Times.text(in.getCity());
    o.region = Times.text(in.getRegion());
    o.countryCode = Times.text(in.getCountryCode());
    o.website = Times.text(in.getWebsite());
  }

  // ---- members ----------------------------------------------------------------------------------

  @Transactional
  public Paging<Membership> members(UUID organizationId, MemberRole role, String status, Integer page, Integer size) {
    get(organizationId);
    return Paging.of(memberships.search(organizationId, role == null ? null : role.toString(), status), page, size);
  }

  @Transactional
  public Membership member(UUID organizationId, UUID memberId) {
    return memberships.findInOrganization(organizationId, memberId)
        .orElseThrow(() -> ApiException.notFound("member", memberId));
  }

  @Transactional
  public Membership invite(UUID organizationId, MemberInvite in) {
    get(organizationId);
    AppUser user = users.findOrCreateByEmail(in.getEmail(), in.getName());
    if (memberships.exists(organizationId, user.id)) {
      throw ApiException.conflict(user.email + " is already a member of this organisation");
    }
    Instant now = Instant.now();
    Membership m = new Membership();
    m.id = UUID.randomUUID();
    m.organizationId = organizationId;
    m.user = user;
    m.role = in.getRole().toString();
    m.invitedAt = now;
    m.updatedAt = now;
    memberships.persist(m);
    audit.record("member.invited", new Subject("member", m.id, organizationId, null), null,
        snapshot(m), null);
    return m;
  }

  @Transactional
  public Membership updateMember(UUID organizationId, UUID memberId, String ifMatch, MemberUpdate in) {
    Membership m = member(organizationId, memberId);
    ETags.require(ifMatch, m.version);
    String newRole = in.getRole().toString();
    if (!newRole.equals(m.role)) {
      requireAnotherSeniorLeader(m, "change the role of");
      Map<String, Object> before = snapshot(m);
      m.role = newRole;
      m.updatedAt = Instant.now();
      audit.record("member.updated", new Subject("member", m.id, organizationId, null), before, snapshot(m), null);
      memberships.flush();
    }
    return m;
  }

  @Transactional
  public void removeMember(UUID organizationId, UUID memberId) {
    Membership m = member(organizationId, memberId);
    requireAnotherSeniorLeader(m, "remove");
    audit.record("member.removed", new Subject("member", m.id, organizationId, null), snapshot(m), null, null);
    memberships.delete(m);
  }

  private void requireAnotherSeniorLeader(Membership m, String verb) {
    if ("SENIOR_LEADER".equals(m.role)
        && memberships.countRole(m.organizationId, "SENIOR_LEADER") <= 1) {
      throw ApiException.conflict("cannot " + verb + " the organisation's only senior leader; "
          + "make someone else senior leader first");
    }
  }

  private static Map<String, Object> snapshot(Membership m) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("email", m.user.email);
    s.put("role", m.role);
    return s;
  }

  // ---- machine clients --------------------------------------------------------------------------

  @Transactional
  public Paging<MachineClientRegistration> machineClients(UUID organizationId, Integer page, Integer size) {
    get(organizationId);
    return Paging.of(machineClients.ofOrganization(organizationId), page, size);
  }

  @Transactional
  public MachineClientRegistration machineClient(UUID organizationId, UUID id) {
    return machineClients.findInOrganization(organizationId, id)
        .orElseThrow(() -> ApiException.notFound("machine client", id));
  }

  @Transactional
  public MachineClientRegistration registerMachineClient(UUID organizationId, MachineClientInput in) {
    get(organizationId);
    machineClients.findByClientId(in.getClientId()).ifPresent(existing -> {
      throw ApiException.conflict("client id '" + in.getClientId() + "' is already registered"
          + (existing.organizationId.equals(organizationId) ? " to this organisation" : " to another organisation"));
    });
    Instant now = Instant.now();
    MachineClientRegistration c = new MachineClientRegistration();
    c.id = UUID.randomUUID();
    c.organizationId = organizationId;
    c.clientId = in.getClientId();
    c.name = in.getName().trim();
    c.enabled = true;
    c.created(now);
    machineClients.persist(c);
    audit.record("machine-client.registered", new Subject("machine-client", c.id, organizationId, null), null,
        machineSnapshot(c), null);
    return c;
  }

  @Transactional
  public MachineClientRegistration updateMachineClient(UUID organizationId, UUID id, String ifMatch,
      MachineClientUpdate in) {
    MachineClientRegistration c = machineClient(organizationId, id);
    ETags.require(ifMatch, c.version);
    Map<String, Object> before = machineSnapshot(c);
    c.name = in.getName().trim();
    c.enabled = in.getEnabled();
    c.updatedAt = Instant.now();
    var d = AuditLog.diff(before, machineSnapshot(c));
    audit.record("machine-client.updated", new Subject("machine-client", c.id, organizationId, null),
        d.get("before"), d.get("after"), null);
    machineClients.flush();
    return c;
  }

  private static Map<String, Object> machineSnapshot(MachineClientRegistration c) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("clientId", c.clientId);
    s.put("name", c.name);
    s.put("enabled", c.enabled);
    return s;
  }
}
