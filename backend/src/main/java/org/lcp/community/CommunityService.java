package org.lcp.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.CommunityInvitationInput;
import org.lcp.api.model.CommunityJoinRequest;
import org.lcp.api.model.CommunityMemberPage;
import org.lcp.api.model.CommunityMemberStatus;
import org.lcp.api.model.CommunityVisibilityInput;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeKind;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.FacultyRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.identity.AccountInvitations;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AppUser;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.security.CommunityPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.notification.Notify;
import org.lcp.organization.MembershipRepository;
import org.lcp.organization.OrganizationRepository;

/**
 * A learning community's members: requests to join and their decisions, invitations and their
 * acceptance, leaving and removal, the directory and facilitators. Every change is audited; the
 * facilitators hear of a request, a person of their approval and of an invitation.
 */
@ApplicationScoped
public class CommunityService {

  private final CollaborativeRepository collaboratives;
  private final FacultyRepository faculty;
  private final CommunityMemberRepository members;
  private final AppUserRepository users;
  private final OrganizationRepository organizations;
  private final MembershipRepository memberships;
  private final CommunityPolicy policy;
  private final AuditLog audit;
  private final Event<Notify> notify;
  private final AccountInvitations accountInvitations;

  public CommunityService(
      CollaborativeRepository collaboratives,
      FacultyRepository faculty,
      CommunityMemberRepository members,
      AppUserRepository users,
      OrganizationRepository organizations,
      MembershipRepository memberships,
      CommunityPolicy policy,
      AuditLog audit,
      Event<Notify> notify,
      AccountInvitations accountInvitations) {
    this.collaboratives = collaboratives;
    this.faculty = faculty;
    this.members = members;
    this.users = users;
    this.organizations = organizations;
    this.memberships = memberships;
    this.policy = policy;
    this.audit = audit;
    this.notify = notify;
    this.accountInvitations = accountInvitations;
  }

  // ---- reading ----------------------------------------------------------------------------------

  @Transactional
  public CommunityMemberPage list(
      Actor actor, UUID communityId, CommunityMemberStatus status, Integer page, Integer size) {
    Collaborative c = community(actor, communityId);
    policy.requireDirectory(actor, c.ref());
    boolean everyone = policy.seesEveryone(actor, c.id);
    CommunityMember.Status s =
        status == null ? null : Enums.map(status, CommunityMember.Status.class);
    Paging<CommunityMember> result = Paging.of(members.directory(c.id, everyone, s), page, size);
    return new CommunityMemberPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(view(actor, c, result.items()));
  }

  @Transactional
  public Versioned<org.lcp.api.model.CommunityMember> get(
      Actor actor, UUID communityId, UUID memberId) {
    Collaborative c = community(actor, communityId);
    CommunityMember m = members.require(c.id, memberId);
    policy.requireRead(actor, m.ref(c.ref()));
    return versioned(actor, c, m);
  }

  /** The caller's own row: the open one, else the one that ended last; 404 when there is none. */
  @Transactional
  public Versioned<org.lcp.api.model.CommunityMember> mine(Actor actor, UUID communityId) {
    Collaborative c = community(actor, communityId);
    policy.requireOwn(actor, c.ref());
    CommunityMember m =
        members
            .mine(c.id, actor.userId())
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "you have no request, invitation or membership in this community"));
    return versioned(actor, c, m);
  }

  // ---- joining ----------------------------------------------------------------------------------

  @Transactional
  public Versioned<org.lcp.api.model.CommunityMember> requestToJoin(
      Actor actor, UUID communityId, CommunityJoinRequest in) {
    Collaborative c = community(actor, communityId);
    policy.requireJoin(actor, c.ref());
    if (in.getOrganizationId() != null && !actor.memberOf(in.getOrganizationId())) {
      throw ApiException.invalid("organizationId", "is not one of your organisations");
    }
    requireNotCurrent(c, actor.userId());
    CommunityMember m =
        CommunityMember.open(
            c.id,
            actor.userId(),
            in.getOrganizationId(),
            CommunityMember.Status.PENDING,
            actor.displayName(),
            Times.text(in.getMessage()),
            actor.userId(),
            Instant.now());
    m.visible = Boolean.TRUE.equals(in.getVisible());
    m.region = Times.text(in.getRegion());
    members.persist(m);
    members.flush();
    audit.record("community-member.requested", subject(m), null, m.snapshot(), null);
    List<UUID> told = members.facilitators(c.id);
    if (told.isEmpty()) {
      told = faculty.leads(c.id); // nobody facilitates yet: the community's lead faculty decide
    }
    notify.fire(
        new Notify(
            told,
            "community.join-requested",
            m.name + " asks to join " + c.title,
            m.name
                + " asked to join the learning community "
                + c.title
                + (m.message == null ? "." : ": \"" + m.message + "\"")
                + " Approve or decline the request in the community's member directory.",
            link(c)));
    return versioned(actor, c, m);
  }

  @Transactional
  public Versioned<org.lcp.api.model.CommunityMember> invite(
      Actor actor, UUID communityId, CommunityInvitationInput in) {
    Collaborative c = community(actor, communityId);
    policy.requireInvite(actor, c.ref());
    AppUser person = invitee(in);
    if (in.getOrganizationId() != null && !memberships.exists(in.getOrganizationId(), person.id)) {
      throw ApiException.invalid(
          "organizationId", "is not one of the invited person's organisations");
    }
    requireNotCurrent(c, person.id);
    CommunityMember m =
        CommunityMember.open(
            c.id,
            person.id,
            in.getOrganizationId(),
            CommunityMember.Status.INVITED,
            person.name == null || person.name.isBlank() ? person.email : person.name,
            Times.text(in.getMessage()),
            actor.userId(),
            Instant.now());
    members.persist(m);
    members.flush();
    audit.record("community-member.invited", subject(m), null, m.snapshot(), null);
    notify.fire(
        new Notify(
            List.of(person.id),
            "community.invited",
            "You are invited to join " + c.title,
            actor.displayName()
                + " invited you to the learning community "
                + c.title
                + (m.message == null ? "." : ": \"" + m.message + "\"")
                + " Accept the invitation on the community's page.",
            link(c)));
    return versioned(actor, c, m);
  }

  @Transactional
  public Versioned<org.lcp.api.model.CommunityMember> approve(
      Actor actor, UUID communityId, UUID memberId, String ifMatch) {
    return decide(actor, communityId, memberId, ifMatch, true);
  }

  @Transactional
  public Versioned<org.lcp.api.model.CommunityMember> decline(
      Actor actor, UUID communityId, UUID memberId, String ifMatch) {
    return decide(actor, communityId, memberId, ifMatch, false);
  }

  private Versioned<org.lcp.api.model.CommunityMember> decide(
      Actor actor, UUID communityId, UUID memberId, String ifMatch, boolean approve) {
    Collaborative c = community(actor, communityId);
    CommunityMember m = members.require(c.id, memberId);
    policy.requireDecide(actor, m.ref(c.ref()));
    ETags.require(ifMatch, m.version);
    requireStatus(m, CommunityMember.Status.PENDING, "a request waiting for a decision");
    Map<String, Object> before = m.snapshot();
    Instant now = Instant.now();
    if (approve) {
      m.status = CommunityMember.Status.ACTIVE;
      m.joinedAt = now;
    } else {
      m.status = CommunityMember.Status.DECLINED;
      m.endedAt = now;
    }
    changed(m, now, approve ? "community-member.approved" : "community-member.declined", before);
    if (approve) {
      notify.fire(
          new Notify(
              List.of(m.userId),
              "community.approved",
              "Welcome to " + c.title,
              "Your request to join the learning community "
                  + c.title
                  + " was approved: you are a member now.",
              link(c)));
    }
    return versioned(actor, c, m);
  }

  @Transactional
  public Versioned<org.lcp.api.model.CommunityMember> accept(
      Actor actor, UUID communityId, UUID memberId, String ifMatch) {
    Collaborative c = community(actor, communityId);
    CommunityMember m = members.require(c.id, memberId);
    policy.requireSelf(actor, m.ref(c.ref()));
    ETags.require(ifMatch, m.version);
    requireStatus(m, CommunityMember.Status.INVITED, "an invitation not yet accepted");
    Map<String, Object> before = m.snapshot();
    Instant now = Instant.now();
    m.status = CommunityMember.Status.ACTIVE;
    m.joinedAt = now;
    changed(m, now, "community-member.accepted", before);
    return versioned(actor, c, m);
  }

  // ---- leaving ----------------------------------------------------------------------------------

  @Transactional
  public void end(Actor actor, UUID communityId, UUID memberId, String ifMatch) {
    Collaborative c = community(actor, communityId);
    CommunityMember m = members.require(c.id, memberId);
    policy.requireEnd(actor, m.ref(c.ref()));
    ETags.require(ifMatch, m.version);
    if (!m.current()) {
      throw ApiException.conflict("the membership already ended (" + m.status + ")");
    }
    Map<String, Object> before = m.snapshot();
    Instant now = Instant.now();
    boolean self = m.userId.equals(actor.userId());
    m.status = self ? CommunityMember.Status.LEFT : CommunityMember.Status.REMOVED;
    m.facilitator = false;
    m.endedAt = now;
    changed(m, now, self ? "community-member.left" : "community-member.removed", before);
  }

  // ---- the member's own settings, facilitators --------------------------------------------------

  @Transactional
  public Versioned<org.lcp.api.model.CommunityMember> visibility(
      Actor actor, UUID communityId, UUID memberId, String ifMatch, CommunityVisibilityInput in) {
    Collaborative c = community(actor, communityId);
    CommunityMember m = members.require(c.id, memberId);
    policy.requireSelf(actor, m.ref(c.ref()));
    ETags.require(ifMatch, m.version);
    if (!m.current()) {
      throw ApiException.conflict("the membership ended (" + m.status + ")");
    }
    Map<String, Object> before = m.snapshot();
    m.visible = in.getVisible();
    m.region = Times.text(in.getRegion());
    changed(m, Instant.now(), "community-member.visibility-changed", before);
    return versioned(actor, c, m);
  }

  @Transactional
  public Versioned<org.lcp.api.model.CommunityMember> facilitator(
      Actor actor, UUID communityId, UUID memberId, String ifMatch, boolean facilitates) {
    Collaborative c = community(actor, communityId);
    CommunityMember m = members.require(c.id, memberId);
    policy.requireFacilitators(actor, m.ref(c.ref()));
    ETags.require(ifMatch, m.version);
    if (facilitates) {
      requireStatus(m, CommunityMember.Status.ACTIVE, "an ACTIVE member");
    }
    if (m.facilitator != facilitates) {
      Map<String, Object> before = m.snapshot();
      m.facilitator = facilitates;
      changed(
          m,
          Instant.now(),
          facilitates
              ? "community-member.facilitator-assigned"
              : "community-member.facilitator-unassigned",
          before);
    }
    return versioned(actor, c, m);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /**
   * The invited person: by id (a person the platform knows), or by e-mail (recorded when nobody
   * uses it yet; where the server administers Keycloak accounts, the account is made and its "set
   * your password" e-mail sent once the invitation is saved).
   */
  private AppUser invitee(CommunityInvitationInput in) {
    if ((in.getUserId() == null) == (in.getEmail() == null)) {
      throw ApiException.invalid(
          "userId", "name the person by exactly one of userId and email (not both, not neither)");
    }
    if (in.getUserId() != null) {
      return users
          .findByIdOptional(in.getUserId())
          .orElseThrow(() -> ApiException.invalid("userId", "is not a person the platform knows"));
    }
    String email = in.getEmail().trim();
    String name = Times.text(in.getName());
    AppUser person = users.findOrCreateByEmail(email, name);
    if (!person.hasSignedIn()) {
      accountInvitations.afterCommit(
          email,
          name,
          "the community invitation was saved; create their account in Keycloak (they are"
              + " recognised by this e-mail at first sign-in)");
    }
    return person;
  }

  /** The learning community: 404 when there is no such collaborative or it is not a community. */
  private Collaborative community(Actor actor, UUID communityId) {
    actor.requirePerson();
    Collaborative c = collaboratives.require(communityId);
    if (c.kind != CollaborativeKind.LEARNING_COMMUNITY) {
      throw ApiException.notFound("community", communityId);
    }
    return c;
  }

  private void requireNotCurrent(Collaborative c, UUID userId) {
    members
        .current(c.id, userId)
        .ifPresent(
            m -> {
              throw ApiException.conflict(
                  switch (m.status) {
                    case PENDING -> "the person already asked to join; a facilitator decides";
                    case INVITED -> "the person is already invited; they accept the invitation";
                    default -> "the person is already a member of this community";
                  });
            });
  }

  private static void requireStatus(CommunityMember m, CommunityMember.Status status, String what) {
    if (m.status != status) {
      throw ApiException.conflict("this is not " + what + " (it is " + m.status + ")");
    }
  }

  private void changed(CommunityMember m, Instant now, String action, Map<String, Object> before) {
    m.updatedAt = now;
    members.flush();
    var d = AuditLog.diff(before, m.snapshot());
    audit.record(action, subject(m), d.get("before"), d.get("after"), null);
  }

  private Versioned<org.lcp.api.model.CommunityMember> versioned(
      Actor actor, Collaborative c, CommunityMember m) {
    return Versioned.of(m.version, view(actor, c, List.of(m)).get(0));
  }

  private List<org.lcp.api.model.CommunityMember> view(
      Actor actor, Collaborative c, List<CommunityMember> rows) {
    Set<UUID> orgs = new LinkedHashSet<>();
    Set<UUID> people = new LinkedHashSet<>();
    for (CommunityMember m : rows) {
      people.add(m.userId);
      if (m.organizationId != null) {
        orgs.add(m.organizationId);
      }
    }
    Map<UUID, String> orgNames = organizations.names(orgs);
    var roles = memberships.roles(people);
    boolean steward = policy.isSteward(actor, c.id);
    List<org.lcp.api.model.CommunityMember> out = new ArrayList<>();
    for (CommunityMember m : rows) {
      boolean full = steward || m.userId.equals(actor.userId());
      out.add(
          CommunityMapper.toApi(
              m,
              orgNames.get(m.organizationId),
              m.organizationId == null ? null : roles.get(List.of(m.organizationId, m.userId)),
              full));
    }
    return out;
  }

  private static String link(Collaborative c) {
    return "/collaboratives/" + c.id + "/community";
  }

  private static Subject subject(CommunityMember m) {
    return new Subject("community-member", m.id, m.organizationId, m.collaborativeId);
  }
}
