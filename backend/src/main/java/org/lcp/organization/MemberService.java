package org.lcp.organization;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.MemberInvite;
import org.lcp.api.model.MemberPage;
import org.lcp.api.model.MemberStatus;
import org.lcp.api.model.MemberUpdate;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AppUser;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.security.MemberRole;
import org.lcp.common.security.OrganizationPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Versioned;

/** An organisation's members (invited by e-mail); it always keeps a senior leader. */
@ApplicationScoped
public class MemberService {

  private final OrganizationRepository organizations;
  private final MembershipRepository memberships;
  private final AppUserRepository users;
  private final OrganizationPolicy policy;
  private final AuditLog audit;
  private final Invitations invitations;

  public MemberService(
      OrganizationRepository organizations,
      MembershipRepository memberships,
      AppUserRepository users,
      OrganizationPolicy policy,
      AuditLog audit,
      Invitations invitations) {
    this.invitations = invitations;
    this.organizations = organizations;
    this.memberships = memberships;
    this.users = users;
    this.policy = policy;
    this.audit = audit;
  }

  @Transactional
  public MemberPage list(
      Actor actor,
      UUID organizationId,
      org.lcp.api.model.MemberRole role,
      MemberStatus status,
      Integer page,
      Integer size) {
    policy.requireVisible(actor, organizationId);
    organizations.require(organizationId);
    Paging<Membership> result =
        Paging.of(
            memberships.search(
                organizationId,
                Enums.map(role, MemberRole.class),
                status == null ? null : status.toString()),
            page,
            size);
    return new MemberPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(OrganizationMapper::toApi).toList());
  }

  @Transactional
  public Versioned<org.lcp.api.model.Member> get(Actor actor, UUID organizationId, UUID memberId) {
    policy.requireVisible(actor, organizationId);
    Membership m = require(organizationId, memberId);
    return Versioned.of(m.version, OrganizationMapper.toApi(m));
  }

  /**
   * Invites a person: checks what it can first (reading only), then creates or finds their Keycloak
   * account and has Keycloak mail them (idempotent, no transaction open), and only then writes the
   * membership. A Keycloak failure (503) leaves nothing written; a retry finds the account made
   * before.
   */
  public Versioned<org.lcp.api.model.Member> invite(
      Actor actor, UUID organizationId, MemberInvite in) {
    String email = in.getEmail().trim();
    if (QuarkusTransaction.isActive()) {
      // called inside another operation (a core-team save): its transaction holds rows a new
      // transaction could not see, so the invitation joins it, and the account and e-mail wait
      // for it to commit
      policy.requireManager(actor, organizationId);
      organizations.require(organizationId);
      AppUser known = users.findByEmail(email).orElse(null);
      if (known != null) {
        requireNotMember(organizationId, known);
      }
      Invitations.Outcome joined =
          invitations.sendAfterCommit(email, in.getName(), known != null && known.hasSignedIn());
      return write(actor, organizationId, in, joined);
    }
    boolean signedIn =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  policy.requireManager(actor, organizationId);
                  organizations.require(organizationId);
                  AppUser known = users.findByEmail(email).orElse(null);
                  if (known != null) {
                    requireNotMember(organizationId, known);
                  }
                  return known != null && known.hasSignedIn();
                });
    Invitations.Outcome outcome = invitations.send(email, in.getName(), signedIn);
    return QuarkusTransaction.requiringNew().call(() -> write(actor, organizationId, in, outcome));
  }

  /**
   * Records an invitation without touching Keycloak (no account, no e-mail), in the caller's
   * transaction: the demo data's people, who have no account in the realm.
   */
  @Transactional
  public Versioned<org.lcp.api.model.Member> recordInvitation(
      Actor actor, UUID organizationId, MemberInvite in) {
    return write(
        actor,
        organizationId,
        in,
        new Invitations.Outcome(
            org.lcp.api.model.Member.InvitationEmailEnum.NOT_SENT, "recorded only"));
  }

  private Versioned<org.lcp.api.model.Member> write(
      Actor actor, UUID organizationId, MemberInvite in, Invitations.Outcome outcome) {
    String email = in.getEmail().trim();
    policy.requireManager(actor, organizationId);
    organizations.require(organizationId);
    AppUser user = users.findOrCreateByEmail(email, in.getName());
    requireNotMember(organizationId, user);
    Instant now = Instant.now();
    Membership m = new Membership();
    m.id = UUID.randomUUID();
    m.organizationId = organizationId;
    m.user = user;
    m.role = Enums.map(in.getRole(), MemberRole.class);
    m.invitedAt = now;
    m.updatedAt = now;
    memberships.persist(m);
    Map<String, Object> after = snapshot(m);
    after.put("invitationEmail", outcome.email().toString());
    audit.record("member.invited", subject(m), null, after, null);
    memberships.flush();
    return Versioned.of(m.version, outcome.onto(OrganizationMapper.toApi(m)));
  }

  /** Sends the invitation e-mail again, while the person has not signed in. */
  public Versioned<org.lcp.api.model.Member> resendInvitation(
      Actor actor, UUID organizationId, UUID memberId) {
    Membership invited =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  policy.requireManager(actor, organizationId);
                  Membership m = require(organizationId, memberId);
                  if (m.user.hasSignedIn()) {
                    throw ApiException.conflict(
                        m.user.email + " has signed in already: there is no invitation to resend");
                  }
                  return m;
                });
    Invitations.Outcome outcome = invitations.send(invited.user.email, invited.user.name, false);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Membership m = require(organizationId, memberId);
              if (outcome.email() == org.lcp.api.model.Member.InvitationEmailEnum.SENT) {
                audit.record(
                    "member.invitation-resent",
                    subject(m),
                    null,
                    Map.of("email", m.user.email),
                    null);
              }
              return Versioned.of(m.version, outcome.onto(OrganizationMapper.toApi(m)));
            });
  }

  private void requireNotMember(UUID organizationId, AppUser user) {
    if (memberships.exists(organizationId, user.id)) {
      throw ApiException.conflict(user.email + " is already a member of this organisation");
    }
  }

  @Transactional
  public Versioned<org.lcp.api.model.Member> update(
      Actor actor, UUID organizationId, UUID memberId, String ifMatch, MemberUpdate in) {
    policy.requireManager(actor, organizationId);
    Membership m = require(organizationId, memberId);
    ETags.require(ifMatch, m.version);
    MemberRole role = Enums.map(in.getRole(), MemberRole.class);
    if (role != m.role) {
      requireAnotherSeniorLeader(m, "change the role of");
      Map<String, Object> before = snapshot(m);
      m.role = role;
      m.updatedAt = Instant.now();
      audit.record("member.updated", subject(m), before, snapshot(m), null);
      memberships.flush();
    }
    return Versioned.of(m.version, OrganizationMapper.toApi(m));
  }

  @Transactional
  public void remove(Actor actor, UUID organizationId, UUID memberId) {
    policy.requireManager(actor, organizationId);
    Membership m = require(organizationId, memberId);
    requireAnotherSeniorLeader(m, "remove");
    audit.record("member.removed", subject(m), snapshot(m), null, null);
    memberships.delete(m);
  }

  private Membership require(UUID organizationId, UUID memberId) {
    return memberships
        .findInOrganization(organizationId, memberId)
        .orElseThrow(() -> ApiException.notFound("member", memberId));
  }

  private void requireAnotherSeniorLeader(Membership m, String verb) {
    if (m.role == MemberRole.SENIOR_LEADER
        && memberships.countRole(m.organizationId, MemberRole.SENIOR_LEADER) <= 1) {
      throw ApiException.conflict(
          "cannot "
              + verb
              + " the organisation's only senior leader; "
              + "make someone else senior leader first");
    }
  }

  private static Subject subject(Membership m) {
    return new Subject("member", m.id, m.organizationId, null);
  }

  private static Map<String, Object> snapshot(Membership m) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("email", m.user.email);
    s.put("role", m.role.toString());
    return s;
  }
}
