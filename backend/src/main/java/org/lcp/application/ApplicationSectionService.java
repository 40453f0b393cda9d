package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.CommitmentSection;
import org.lcp.api.model.CoreTeamMemberInput;
import org.lcp.api.model.CoreTeamSectionInput;
import org.lcp.api.model.MemberInvite;
import org.lcp.api.model.MemberRole;
import org.lcp.api.model.ReadinessSection;
import org.lcp.api.model.SessionCommitmentSection;
import org.lcp.application.ApplicationParts.CoreTeamMember;
import org.lcp.application.ApplicationParts.ReadinessRating;
import org.lcp.application.ApplicationParts.SessionCommitment;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ApplicationPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Fte;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.organization.MemberService;
import org.lcp.organization.Membership;
import org.lcp.organization.MembershipRepository;
import org.lcp.session.LearningSessionRepository;
import org.lcp.team.TeamRole;

/** The four sections of an application, each saved whole by its applicants while it is a draft. */
@ApplicationScoped
public class ApplicationSectionService {

  private final ApplicationRepository applications;
  private final ReadinessItemRepository items;
  private final LearningSessionRepository sessions;
  private final ApplicationViews views;
  private final ApplicationPolicy policy;
  private final AuditLog audit;
  private final MembershipRepository memberships;
  private final MemberService members;

  public ApplicationSectionService(
      ApplicationRepository applications,
      ReadinessItemRepository items,
      LearningSessionRepository sessions,
      ApplicationViews views,
      ApplicationPolicy policy,
      AuditLog audit,
      MembershipRepository memberships,
      MemberService members) {
    this.applications = applications;
    this.items = items;
    this.sessions = sessions;
    this.views = views;
    this.policy = policy;
    this.audit = audit;
    this.memberships = memberships;
    this.members = members;
  }

  /** Rates the collaborative's readiness items (each at most once). */
  @Transactional
  public Versioned<org.lcp.api.model.Application> saveReadiness(
      Actor actor, UUID id, String ifMatch, ReadinessSection in) {
    Loaded x = editable(actor, id, ifMatch);
    Set<String> known =
        new HashSet<>(items.ofCollaborative(x.c().id).stream().map(i -> i.id.key()).toList());
    Validation.requireKnownOnce(
        in.getRatings().stream().map(r -> r.getItemKey()).toList(),
        known,
        "ratings[%d].itemKey",
        "is not a readiness item of this collaborative",
        "is rated twice");
    applications.replaceRatings(
        id,
        in.getRatings().stream()
            .map(
                r ->
                    ReadinessRating.of(
                        id, r.getItemKey(), r.getRating(), Times.text(r.getComment())))
            .toList());
    return saved(x, "readiness");
  }

  /** The Core Data Set commitment, its signer and the data contact. */
  @Transactional
  public Versioned<org.lcp.api.model.Application> saveCommitment(
      Actor actor, UUID id, String ifMatch, CommitmentSection in) {
    Loaded x = editable(actor, id, ifMatch);
    Application a = x.a();
    a.cdsAgreed = in.getAgreed();
    a.cdsSignerMemberId = null;
    a.cdsSignerName = Times.text(in.getSignerName());
    if (in.getSignerMemberId() != null) {
      Membership signer = People.of(a.organizationId, memberships).byId(in.getSignerMemberId());
      if (signer == null) {
        throw ApiException.invalid("signerMemberId", People.NOT_A_MEMBER);
      }
      a.cdsSignerMemberId = signer.id;
      a.cdsSignerName = People.nameOf(signer, null);
    }
    a.cdsSignerTitle = Times.text(in.getSignerTitle());
    a.cdsSignedOn = in.getSignedOn();
    a.dataContactName = Times.text(in.getDataContactName());
    a.dataContactEmail = Times.text(in.getDataContactEmail());
    return saved(x, "commitment");
  }

  /**
   * The core team, in the order given: members of the organisation, chosen by id or found by
   * e-mail; anyone else is invited to the organisation (by {@link MemberService#invite}'s rules) in
   * this same transaction.
   */
  @Transactional
  public Versioned<org.lcp.api.model.Application> saveCoreTeam(
      Actor actor, UUID id, String ifMatch, CoreTeamSectionInput in) {
    Loaded x = editable(actor, id, ifMatch);
    UUID organizationId = x.a().organizationId;
    People people = People.of(organizationId, memberships);
    List<CoreTeamMemberInput> entries = in.getMembers();
    List<Violation> v = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      CoreTeamMemberInput m = entries.get(i);
      String at = "members[" + i + "].";
      if (m.getMemberId() != null) {
        if (people.byId(m.getMemberId()) == null) {
          v.add(Violation.body(at + "memberId", People.NOT_A_MEMBER));
        }
      } else {
        if (Times.text(m.getName()) == null) {
          v.add(Violation.body(at + "name", "is required without memberId"));
        }
        if (Times.text(m.getEmail()) == null) {
          v.add(Violation.body(at + "email", "is required without memberId"));
        }
      }
      String fte = Fte.problem(m.getFte());
      if (fte != null) {
        v.add(Violation.body(at + "fte", fte));
      }
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    List<CoreTeamMember> rows = new ArrayList<>();
    for (CoreTeamMemberInput m : entries) {
      TeamRole role = Enums.map(m.getRole(), TeamRole.class);
      Membership member =
          m.getMemberId() != null ? people.byId(m.getMemberId()) : people.byEmail(m.getEmail());
      UUID memberId;
      String name;
      String email;
      if (member != null) {
        memberId = member.id;
        name = People.nameOf(member, Times.text(m.getName()));
        email = member.user.email;
      } else {
        name = m.getName().trim();
        email = m.getEmail().trim();
        memberId =
            members
                .invite(
                    actor,
                    organizationId,
                    new MemberInvite().email(email).name(name).role(memberRole(role)))
                .body()
                .getId();
        people.invited(
            email, memberships.findInOrganization(organizationId, memberId).orElseThrow());
      }
      rows.add(
          CoreTeamMember.of(
              id,
              rows.size() + 1,
              memberId,
              role,
              name,
              email,
              Times.text(m.getTitle()),
              m.getFte() == null ? null : BigDecimal.valueOf(m.getFte())));
    }
    applications.replaceMembers(id, rows);
    return saved(x, "core-team");
  }

  /** The organisation role a person invited for a core-team role gets. */
  static MemberRole memberRole(TeamRole role) {
    return switch (role) {
      case SENIOR_LEADER -> MemberRole.SENIOR_LEADER;
      case SUPERVISOR -> MemberRole.SUPERVISOR;
      case CLINICIAN -> MemberRole.CLINICIAN;
      case DATA_MANAGER -> MemberRole.DATA_CONTACT;
      case OTHER -> MemberRole.OTHER;
    };
  }

  /** An organisation's members, by id and by e-mail (ignoring case), loaded once per request. */
  private static final class People {
    static final String NOT_A_MEMBER = "is not a member of this organisation";

    private final Map<UUID, Membership> byId = new HashMap<>();
    private final Map<String, Membership> byEmail = new HashMap<>();

    static People of(UUID organizationId, MembershipRepository memberships) {
      People p = new People();
      for (Membership m : memberships.search(organizationId, null, null).list()) {
        p.invited(m.user.email, m);
      }
      return p;
    }

    void invited(String email, Membership m) {
      byId.put(m.id, m);
      byEmail.put(email.trim().toLowerCase(Locale.ROOT), m);
    }

    Membership byId(UUID id) {
      return byId.get(id);
    }

    Membership byEmail(String email) {
      return byEmail.get(email.trim().toLowerCase(Locale.ROOT));
    }

    /** The member's name; else the one the application gives; else their e-mail. */
    static String nameOf(Membership m, String given) {
      if (m.user.name != null && !m.user.name.isBlank()) {
        return m.user.name;
      }
      return given != null ? given : m.user.email;
    }
  }

  /**
   * The team's commitment to each learning session of the collaborative (each answered at most
   * once).
   */
  @Transactional
  public Versioned<org.lcp.api.model.Application> saveSessionCommitments(
      Actor actor, UUID id, String ifMatch, SessionCommitmentSection in) {
    Loaded x = editable(actor, id, ifMatch);
    Set<UUID> known =
        new HashSet<>(sessions.ofCollaborative(x.c().id).list().stream().map(s -> s.id).toList());
    Validation.requireKnownOnce(
        in.getSessions().stream().map(s -> s.getLearningSessionId()).toList(),
        known,
        "sessions[%d].learningSessionId",
        "is not a learning session of this collaborative",
        "is answered twice");
    applications.replaceCommitments(
        id,
        in.getSessions().stream()
            .map(
                s ->
                    SessionCommitment.of(
                        id, s.getLearningSessionId(), s.getCommits(), Times.text(s.getConflicts())))
            .toList());
    return saved(x, "session-commitments");
  }

  /** Loads the application for its applicants to change: a draft, at the version they saw. */
  private Loaded editable(Actor actor, UUID id, String ifMatch) {
    Loaded x = views.load(id);
    policy.requireApplicantChange(actor, x.ref());
    ETags.require(ifMatch, x.a().version);
    ApplicationLifecycleService.requireDraft(x.a());
    return x;
  }

  private Versioned<org.lcp.api.model.Application> saved(Loaded x, String section) {
    x.a().updatedAt = Instant.now();
    audit.record(
        "application.section-saved",
        ApplicationLifecycleService.subject(x.a()),
        null,
        Map.of("section", section),
        null);
    return views.view(x);
  }
}
