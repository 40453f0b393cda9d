package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.CommitmentSection;
import org.lcp.api.model.CoreTeamSection;
import org.lcp.api.model.ReadinessSection;
import org.lcp.api.model.SessionCommitmentSection;
import org.lcp.application.ApplicationParts.CoreTeamMember;
import org.lcp.application.ApplicationParts.ReadinessRating;
import org.lcp.application.ApplicationParts.SessionCommitment;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ApplicationPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
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

  public ApplicationSectionService(
      ApplicationRepository applications,
      ReadinessItemRepository items,
      LearningSessionRepository sessions,
      ApplicationViews views,
      ApplicationPolicy policy,
      AuditLog audit) {
    this.applications = applications;
    this.items = items;
    this.sessions = sessions;
    this.views = views;
    this.policy = policy;
    this.audit = audit;
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
    a.cdsSignerName = Times.text(in.getSignerName());
    a.cdsSignerTitle = Times.text(in.getSignerTitle());
    a.cdsSignedOn = in.getSignedOn();
    a.dataContactName = Times.text(in.getDataContactName());
    a.dataContactEmail = Times.text(in.getDataContactEmail());
    return saved(x, "commitment");
  }

  /** The core team, in the order given. */
  @Transactional
  public Versioned<org.lcp.api.model.Application> saveCoreTeam(
      Actor actor, UUID id, String ifMatch, CoreTeamSection in) {
    Loaded x = editable(actor, id, ifMatch);
    List<CoreTeamMember> rows = new ArrayList<>();
    for (var m : in.getMembers()) {
      rows.add(
          CoreTeamMember.of(
              id,
              rows.size() + 1,
              Enums.map(m.getRole(), TeamRole.class),
              m.getName().trim(),
              m.getEmail().trim(),
              Times.text(m.getTitle()),
              m.getFte() == null ? null : BigDecimal.valueOf(m.getFte())));
    }
    applications.replaceMembers(id, rows);
    return saved(x, "core-team");
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
