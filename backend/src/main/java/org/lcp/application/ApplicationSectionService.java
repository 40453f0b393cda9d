package org.lcp.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lcp.api.model.CommitmentSection;
import org.lcp.api.model.CoreTeamSection;
import org.lcp.api.model.ReadinessSection;
import org.lcp.api.model.SessionCommitmentSection;
import org.lcp.application.ApplicationParts.CommitmentKey;
import org.lcp.application.ApplicationParts.CoreTeamMember;
import org.lcp.application.ApplicationParts.RatingKey;
import org.lcp.application.ApplicationParts.ReadinessRating;
import org.lcp.application.ApplicationParts.SessionCommitment;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
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
  private final CollaborativeRepository collaboratives;
  private final LearningSessionRepository sessions;
  private final ApplicationViews views;
  private final ApplicationPolicy policy;
  private final AuditLog audit;

  public ApplicationSectionService(ApplicationRepository applications, ReadinessItemRepository items,
      CollaborativeRepository collaboratives, LearningSessionRepository sessions, ApplicationViews views,
      ApplicationPolicy policy, AuditLog audit) {
    this.applications = applications;
    this.items = items;
    this.collaboratives = collaboratives;
    this.sessions = sessions;
    this.views = views;
    this.policy = policy;
    this.audit = audit;
  }

  /** The application being edited, with the collaborative it was made to. */
  private record Editing(Application a, Collaborative c) {
  }

  @Transactional
  public Versioned<org.lcp.api.model.Application> saveReadiness(Actor actor, UUID id, String ifMatch,
      ReadinessSection in) {
    Editing e = editable(actor, id, ifMatch);
    Set<String> known = new HashSet<>(items.ofCollaborative(e.c().id).stream().map(i -> i.id.key).toList());
    Validation.requireKnownOnce(in.getRatings().stream().map(r -> r.getItemKey()).toList(), known,
        "ratings[%d].itemKey", "is not a readiness item of this collaborative", "is rated twice");
    List<ReadinessRating> rows = new ArrayList<>();
    for (var r : in.getRatings()) {
      ReadinessRating row = new ReadinessRating();
      row.id = new RatingKey(id, r.getItemKey());
      row.rating = r.getRating();
      row.comment = Times.text(r.getComment());
      rows.add(row);
    }
    applications.replaceRatings(id, rows);
    return saved(e, "readiness");
  }

  @Transactional
  public Versioned<org.lcp.api.model.Application> saveCommitment(Actor actor, UUID id, String ifMatch,
      CommitmentSection in) {
    Editing e = editable(actor, id, ifMatch);
    Application a = e.a();
    a.cdsAgreed = in.getAgreed();
    a.cdsSignerName = Times.text(in.getSignerName());
    a.cdsSignerTitle = Times.text(in.getSignerTitle());
    a.cdsSignedOn = in.getSignedOn();
    a.dataContactName = Times.text(in.getDataContactName());
    a.dataContactEmail = Times.text(in.getDataContactEmail());
    return saved(e, "commitment");
  }

  @Transactional
  public Versioned<org.lcp.api.model.Application> saveCoreTeam(Actor actor, UUID id, String ifMatch,
      CoreTeamSection in) {
    Editing e = editable(actor, id, ifMatch);
    List<CoreTeamMember> rows = new ArrayList<>();
    int position = 1;
    for (var m : in.getMembers()) {
      CoreTeamMember row = new CoreTeamMember();
      row.id = UUID.randomUUID();
      row.applicationId = id;
      row.position = position++;
      row.role = Enums.map(m.getRole(), TeamRole.class);
      row.name = m.getName().trim();
      row.email = m.getEmail().trim();
      row.title = Times.text(m.getTitle());
      row.fte = m.getFte() == null ? null : BigDecimal.valueOf(m.getFte());
      rows.add(row);
    }
    applications.replaceMembers(id, rows);
    return saved(e, "core-team");
  }

  @Transactional
  public Versioned<org.lcp.api.model.Application> saveSessionCommitments(Actor actor, UUID id, String ifMatch,
      SessionCommitmentSection in) {
    Editing e = editable(actor, id, ifMatch);
    Set<UUID> known = new HashSet<>(sessions.ofCollaborative(e.c().id).list().stream().map(s -> s.id).toList());
    Validation.requireKnownOnce(in.getSessions().stream().map(s -> s.getLearningSessionId()).toList(), known,
        "sessions[%d].learningSessionId", "is not a learning session of this collaborative", "is answered twice");
    List<SessionCommitment> rows = new ArrayList<>();
    for (var s : in.getSessions()) {
      SessionCommitment row = new SessionCommitment();
      row.id = new CommitmentKey(id, s.getLearningSessionId());
      row.commits = s.getCommits();
      row.conflicts = Times.text(s.getConflicts());
      rows.add(row);
    }
    applications.replaceCommitments(id, rows);
    return saved(e, "session-commitments");
  }

  /** Loads the application for its applicants to change: a draft, at the version they saw. */
  private Editing editable(Actor actor, UUID id, String ifMatch) {
    Application a = applications.require(id);
    Collaborative c = collaboratives.require(a.collaborativeId);
    policy.requireApplicantChange(actor, a.ref(c));
    ETags.require(ifMatch, a.version);
    ApplicationLifecycleService.requireDraft(a);
    return new Editing(a, c);
  }

  private Versioned<org.lcp.api.model.Application> saved(Editing e, String section) {
    e.a().updatedAt = Instant.now();
    audit.record("application.section-saved", ApplicationLifecycleService.subject(e.a()), null,
        Map.of("section", section), null);
    return views.view(e.a(), e.c());
  }
}
