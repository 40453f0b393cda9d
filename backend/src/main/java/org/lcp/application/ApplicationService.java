package org.lcp.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.lcp.api.model.ApplicationCreate;
import org.lcp.api.model.ApplicationStatus;
import org.lcp.api.model.ApplicationSummary;
import org.lcp.collaborative.CollaborativeKind;
import org.lcp.api.model.CommitmentSection;
import org.lcp.api.model.CoreTeamSection;
import org.lcp.api.model.Decision;
import org.lcp.api.model.DecisionInput;
import org.lcp.collaborative.Phase;
import org.lcp.api.model.ReadinessItemList;
import org.lcp.api.model.ReadinessSection;
import org.lcp.api.model.SessionCommitmentSection;
import org.lcp.application.ApplicationParts.CommitmentKey;
import org.lcp.application.ApplicationParts.CoreTeamMember;
import org.lcp.application.ApplicationParts.ItemKey;
import org.lcp.application.ApplicationParts.RatingKey;
import org.lcp.application.ApplicationParts.ReadinessItem;
import org.lcp.application.ApplicationParts.ReadinessRating;
import org.lcp.application.ApplicationParts.SessionCommitment;
import org.lcp.application.ApplicationParts.StatusChange;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeCreated;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Caller;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.common.web.Paging;
import org.lcp.notification.Notify;
import org.lcp.organization.Organization;
import org.lcp.session.LearningSession;
import org.lcp.team.TeamService;

/** Applications: the window, the four sections, submission, withdrawal, return and decision. */
@ApplicationScoped
public class ApplicationService {

  private final EntityManager em;
  private final TeamService teams;
  private final InformationalCalls informationalCalls;
  private final AuditLog audit;
  private final Event<Notify> notify;

  public ApplicationService(EntityManager em, TeamService teams, InformationalCalls informationalCalls,
      AuditLog audit, Event<Notify> notify) {
    this.em = em;
    this.teams = teams;
    this.informationalCalls = informationalCalls;
    this.audit = audit;
    this.notify = notify;
  }

  // ---- readiness items --------------------------------------------------------------------------

  /** A new learning collaborative starts with the default readiness items. */
  void onCollaborativeCreated(@Observes CollaborativeCreated event) {
    if (event.kind() == CollaborativeKind.LEARNING_COLLABORATIVE) {
      em.createNativeQuery("insert into readiness_item (collaborative_id, position, key, text, help) "
              + "select ?1, position, key, text, help from default_readiness_item")
          .setParameter(1, event.collaborativeId())
          .executeUpdate();
    }
  }

  @Transactional
  public List<ReadinessItem> items(UUID collaborativeId) {
    return em.createQuery("from ApplicationParts$ReadinessItem where id.collaborativeId = :c order by position",
            ReadinessItem.class)
        .setParameter("c", collaborativeId).getResultList();
  }

  /** The ETag of a collaborative's item list: it changes whenever the list does. */
  public static String itemsTag(List<ReadinessItem> items) {
    StringBuilder b = new StringBuilder();
    items.forEach(i -> b.append(i.id.key).append('\u0000').append(i.text).append('\u0000').append(i.help)
        .append('\u0001'));
    return "\"items-" + Integer.toHexString(b.toString().hashCode()) + "\"";
  }

  @Transactional
  public List<ReadinessItem> replaceItems(Collaborative c, String ifMatch, ReadinessItemList in) {
    List<ReadinessItem> current = items(c.id);
    ETags.require(ifMatch, itemsTag(current));
    if (c.phase != Phase.DRAFT && c.phase != Phase.ANNOUNCED) {
      throw ApiException.conflict("readiness items can only change before applications open; the collaborative is "
          + c.phase);
    }
    Set<String> keys = new HashSet<>();
    List<Violation> v = new ArrayList<>();
    for (int i = 0; i < in.getItems().size(); i++) {
      if (!keys.add(in.getItems().get(i).getKey())) {
        v.add(Violation.body("items[" + i + "].key", "duplicates an earlier item's key"));
      }
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    current.forEach(em::detach); // the bulk delete below does not touch the persistence context
    em.createQuery("delete from ApplicationParts$ReadinessItem where id.collaborativeId = :c")
        .setParameter("c", c.id).executeUpdate();
    int position = 1;
    for (var item : in.getItems()) {
      ReadinessItem r = new ReadinessItem();
      r.id = new ItemKey(c.id, item.getKey());
      r.position = position++;
      r.text = item.getText().trim();
      r.help = Times.text(item.getHelp());
      em.persist(r);
    }
    em.flush();
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("items", current.stream().map(i -> i.id.key).toList());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("items", in.getItems().stream().map(i -> i.getKey()).toList());
    audit.record("readiness-items.replaced", Subject.collaborative(c.id), before, after, null);
    return items(c.id);
  }

  // ---- applications -----------------------------------------------------------------------------

  @Transactional
  public Application get(UUID id) {
    Application a = em.find(Application.class, id);
    if (a == null) {
      throw ApiException.notFound("application", id);
    }
    return a;
  }

  @Transactional
  public Application create(Caller caller, Collaborative c, ApplicationCreate in) {
    requireWindow(c, "applications can be started");
    List<Application> existing = em.createQuery(
            "from Application where collaborativeId = :c and organizationId = :o", Application.class)
        .setParameter("c", c.id).setParameter("o", in.getOrganizationId()).getResultList();
    if (!existing.isEmpty()) {
      throw ApiException.conflict("this organisation already has an application to this collaborative: "
          + existing.get(0).id);
    }
    Application a = new Application();
    a.id = UUID.randomUUID();
    a.collaborativeId = c.id;
    a.organizationId = in.getOrganizationId();
    a.status = ApplicationStatus.DRAFT;
    a.createdBy = caller.userId();
    a.created(Instant.now());
    em.persist(a);
    statusChanged(a, null);
    return a;
  }

  /** Applications can be started and submitted in APPLICATIONS_OPEN, inside the window. */
  static void requireWindow(Collaborative c, String what) {
    Instant now = Instant.now();
    if (c.phase != Phase.APPLICATIONS_OPEN) {
      throw ApiException.conflict("applications are not open for this collaborative (it is " + c.phase + "), so no "
          + what.replace(" can be ", " may be "));
    }
    if (c.applicationsOpenAt != null && now.isBefore(c.applicationsOpenAt)) {
      throw ApiException.conflict("applications open at " + c.applicationsOpenAt + "; until then no " + what
          .replace(" can be ", " may be "));
    }
    if (c.applicationsCloseAt != null && !now.isBefore(c.applicationsCloseAt)) {
      throw ApiException.conflict("applications closed at " + c.applicationsCloseAt);
    }
  }

  private void requireDraft(Application a) {
    if (a.status != ApplicationStatus.DRAFT) {
      throw ApiException.conflict("the application is " + a.status + " and can no longer be edited"
          + (a.status == ApplicationStatus.SUBMITTED || a.status == ApplicationStatus.UNDER_REVIEW
              ? " unless faculty return it for changes" : ""));
    }
  }

  @Transactional
  public Application saveReadiness(UUID id, String ifMatch, ReadinessSection in) {
    Application a = editable(id, ifMatch);
    Set<String> known = new HashSet<>(items(a.collaborativeId).stream().map(i -> i.id.key).toList());
    List<Violation> v = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < in.getRatings().size(); i++) {
      String key = in.getRatings().get(i).getItemKey();
      if (!known.contains(key)) {
        v.add(Violation.body("ratings[" + i + "].itemKey", "is not a readiness item of this collaborative"));
      } else if (!seen.add(key)) {
        v.add(Violation.body("ratings[" + i + "].itemKey", "is rated twice"));
      }
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    em.createQuery("delete from ApplicationParts$ReadinessRating where id.applicationId = :a")
        .setParameter("a", a.id).executeUpdate();
    for (var r : in.getRatings()) {
      ReadinessRating row = new ReadinessRating();
      row.id = new RatingKey(a.id, r.getItemKey());
      row.rating = r.getRating();
      row.comment = Times.text(r.getComment());
      em.persist(row);
    }
    return touched(a, "readiness");
  }

  @Transactional
  public Application saveCommitment(UUID id, String ifMatch, CommitmentSection in) {
    Application a = editable(id, ifMatch);
    a.cdsAgreed = in.getAgreed();
    a.cdsSignerName = Times.text(in.getSignerName());
    a.cdsSignerTitle = Times.text(in.getSignerTitle());
    a.cdsSignedOn = in.getSignedOn();
    a.dataContactName = Times.text(in.getDataContactName());
    a.dataContactEmail = Times.text(in.getDataContactEmail());
    return touched(a, "commitment");
  }

  @Transactional
  public Application saveCoreTeam(UUID id, String ifMatch, CoreTeamSection in) {
    Application a = editable(id, ifMatch);
    em.createQuery("delete from ApplicationParts$CoreTeamMember where applicationId = :a")
        .setParameter("a", a.id).executeUpdate();
    int position = 1;
    for (var m : in.getMembers()) {
      CoreTeamMember row = new CoreTeamMember();
      row.id = UUID.randomUUID();
      row.applicationId = a.id;
      row.position = position++;
      row.role = Enums.map(m.getRole(), org.lcp.team.TeamRole.class);
      row.name = m.getName().trim();
      row.email = m.getEmail().trim();
      row.title = Times.text(m.getTitle());
      row.fte = m.getFte() == null ? null : BigDecimal.valueOf(m.getFte());
      em.persist(row);
    }
    return touched(a, "core-team");
  }

  @Transactional
  public Application saveSessionCommitments(UUID id, String ifMatch, SessionCommitmentSection in) {
    Application a = editable(id, ifMatch);
    Set<UUID> sessions = new HashSet<>(sessionsOf(a.collaborativeId).stream().map(s -> s.id).toList());
    List<Violation> v = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < in.getSessions().size(); i++) {
      UUID s = in.getSessions().get(i).getLearningSessionId();
      if (!sessions.contains(s)) {
        v.add(Violation.body("sessions[" + i + "].learningSessionId", "is not a learning session of this collaborative"));
      } else if (!seen.add(s)) {
        v.add(Violation.body("sessions[" + i + "].learningSessionId", "is answered twice"));
      }
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    em.createQuery("delete from ApplicationParts$SessionCommitment where id.applicationId = :a")
        .setParameter("a", a.id).executeUpdate();
    for (var s : in.getSessions()) {
      SessionCommitment row = new SessionCommitment();
      row.id = new CommitmentKey(a.id, s.getLearningSessionId());
      row.commits = s.getCommits();
      row.conflicts = Times.text(s.getConflicts());
      em.persist(row);
    }
    return touched(a, "session-commitments");
  }

  private Application editable(UUID id, String ifMatch) {
    Application a = get(id);
    ETags.require(ifMatch, a.version);
    requireDraft(a);
    return a;
  }

  private Application touched(Application a, String section) {
    a.updatedAt = Instant.now();
    em.flush();
    audit.record("application.section-saved", subject(a), null, Map.of("section", section), null);
    return a;
  }

  @Transactional
  public Application submit(UUID id, String ifMatch) {
    Application a = get(id);
    ETags.require(ifMatch, a.version);
    requireDraft(a);
    Collaborative c = em.find(Collaborative.class, a.collaborativeId);
    if (a.returnedForChanges) {
      if (c.isClosed()) {
        throw ApiException.conflict("the collaborative is CLOSED");
      }
    } else {
      requireWindow(c, "applications can be submitted");
    }
    List<Violation> missing = ApplicationRules.missing(content(a, c));
    if (!missing.isEmpty()) {
      throw ApiException.incomplete("the application is not complete: " + missing.size()
          + (missing.size() == 1 ? " item is" : " items are") + " missing or invalid; see violations", missing);
    }
    ApplicationStatus before = a.status;
    a.status = ApplicationStatus.SUBMITTED;
    a.submittedAt = Instant.now();
    a.returnedForChanges = false;
    a.updatedAt = a.submittedAt;
    em.flush();
    statusChanged(a, before);
    return a;
  }

  @Transactional
  public Application withdraw(UUID id, String ifMatch) {
    Application a = get(id);
    ETags.require(ifMatch, a.version);
    if (a.status != ApplicationStatus.DRAFT && a.status != ApplicationStatus.SUBMITTED
        && a.status != ApplicationStatus.UNDER_REVIEW) {
      throw ApiException.conflict("the application is " + a.status + "; it can only be withdrawn before a decision");
    }
    return move(a, ApplicationStatus.WITHDRAWN);
  }

  @Transactional
  public Application returnForChanges(UUID id, String ifMatch, String message) {
    Application a = get(id);
    ETags.require(ifMatch, a.version);
    if (a.status != ApplicationStatus.SUBMITTED && a.status != ApplicationStatus.UNDER_REVIEW) {
      throw ApiException.conflict("only a submitted application or one under review can be returned; it is "
          + a.status);
    }
    a.returnedForChanges = true;
    a.returnMessage = message.trim();
    return move(a, ApplicationStatus.DRAFT);
  }

  /**
   * Records the decision. Decisions of one collaborative are serialised on its row, so that two
   * acceptances racing for the last place end with exactly one team accepted.
   */
  @Transactional
  public Application decide(UUID id, String ifMatch, DecisionInput in) {
    Application first = get(id);
    Collaborative c = em.find(Collaborative.class, first.collaborativeId, LockModeType.PESSIMISTIC_WRITE);
    Application a = em.find(Application.class, id);
    em.refresh(a);
    ETags.require(ifMatch, a.version);
    ApplicationStatus to = ApplicationStatus.fromValue(in.getDecision().toString());
    boolean allowed = a.status == ApplicationStatus.UNDER_REVIEW
        || (a.status == ApplicationStatus.WAITLISTED && in.getDecision() != Decision.WAITLISTED);
    if (!allowed) {
      throw ApiException.conflict("an application that is " + a.status + " cannot be " + to
          + (a.status == ApplicationStatus.SUBMITTED ? "; assign a reviewer first" : ""));
    }
    if (c.isClosed()) {
      throw ApiException.conflict("the collaborative is CLOSED");
    }
    if (to == ApplicationStatus.ACCEPTED && c.capacity != null) {
      long accepted = em.createQuery("select count(a) from Application a where a.collaborativeId = :c "
              + "and a.status = :s", Long.class)
          .setParameter("c", c.id).setParameter("s", ApplicationStatus.ACCEPTED).getSingleResult();
      if (accepted >= c.capacity) {
        throw ApiException.conflict(ProblemTypes.CAPACITY_REACHED, "the collaborative is full: " + accepted
            + " of " + c.capacity + " places are taken; waitlist the application or raise the capacity",
            Map.of("acceptedTeams", accepted, "capacity", c.capacity));
      }
    }
    a.decisionMessage = in.getMessage().trim();
    a.decidedAt = Instant.now();
    move(a, to);
    if (to == ApplicationStatus.ACCEPTED) {
      enrol(a);
    }
    return a;
  }

  /** The organisation becomes a team of the collaborative, its core team the roster. */
  private void enrol(Application a) {
    teams.enrol(a.collaborativeId, a.organizationId, a.id, members(a.id).stream()
        .map(m -> new TeamService.Joiner(m.role, m.name, m.email, m.title, m.fte)).toList());
  }

  private Application move(Application a, ApplicationStatus to) {
    ApplicationStatus from = a.status;
    a.status = to;
    a.updatedAt = Instant.now();
    em.flush();
    statusChanged(a, from);
    return a;
  }

  /** Marks a submitted application as under review (a reviewer was assigned). */
  @Transactional
  public void startReview(Application a) {
    if (a.status == ApplicationStatus.SUBMITTED) {
      move(em.merge(a), ApplicationStatus.UNDER_REVIEW);
    }
  }

  private void statusChanged(Application a, ApplicationStatus from) {
    StatusChange s = new StatusChange();
    s.id = UUID.randomUUID();
    s.applicationId = a.id;
    s.status = a.status;
    s.at = Instant.now();
    em.persist(s);
    Map<String, Object> before = new HashMap<>();
    before.put("status", from == null ? null : from.toString());
    audit.record(from == null ? "application.created" : "application.status-changed", subject(a), before,
        Map.of("status", a.status.toString()), a.status == ApplicationStatus.DRAFT && from != null
            ? a.returnMessage : a.decisionMessage);
    if (from != null) {
      notifyApplicants(a);
    }
  }

  /** Every status change is told to the applying organisation's members. */
  private void notifyApplicants(Application a) {
    String collaborative = em.find(Collaborative.class, a.collaborativeId).title;
    String what = switch (a.status) {
      case SUBMITTED -> "was submitted";
      case UNDER_REVIEW -> "is under review";
      case DRAFT -> "was returned to you for changes";
      case ACCEPTED -> "was accepted";
      case WAITLISTED -> "was placed on the waiting list";
      case DECLINED -> "was declined";
      case WITHDRAWN -> "was withdrawn";
    };
    String message = a.status == ApplicationStatus.DRAFT ? a.returnMessage
        : a.status == ApplicationStatus.ACCEPTED || a.status == ApplicationStatus.WAITLISTED
            || a.status == ApplicationStatus.DECLINED ? a.decisionMessage : null;
    List<UUID> members = em.createQuery("select m.user.id from Membership m where m.organizationId = :o", UUID.class)
        .setParameter("o", a.organizationId).getResultList();
    notify.fire(new Notify(members, "application." + a.status.toString().toLowerCase(),
        "Your application to " + collaborative + " " + what,
        "Your organisation's application to " + collaborative + " " + what + "."
            + (message == null ? "" : "\n\nMessage from the faculty:\n" + message),
        "/applications/" + a.id));
  }

  static Subject subject(Application a) {
    return new Subject("application", a.id, a.organizationId, a.collaborativeId);
  }

  // ---- what the views need ----------------------------------------------------------------------

  /** The whole application as the API shows it (never with reviews). */
  @Transactional
  public org.lcp.api.model.Application view(UUID id) {
    Application a = get(id);
    Collaborative c = em.find(Collaborative.class, a.collaborativeId);
    Organization o = em.find(Organization.class, a.organizationId);
    return ApplicationMapper.toApi(this, a, c, o.name);
  }

  /**
   * Application summaries the caller may see: admins all; others their organisations' and, once
   * submitted, those of the collaboratives they are faculty of.
   */
  @Transactional
  public Paging<ApplicationSummary> list(Caller caller, UUID collaborativeId, UUID organizationId,
      ApplicationStatus status, boolean assignedToMe, Integer page, Integer size) {
    StringBuilder where = new StringBuilder(" where o.id = a.organizationId and c.id = a.collaborativeId");
    Map<String, Object> p = new HashMap<>();
    if (!caller.isAdmin()) {
      where.append(" and (a.organizationId in (select m.organizationId from Membership m where m.user.id = :me)"
          + " or (a.submittedAt is not null and a.collaborativeId in (select f.key.collaborativeId"
          + " from FacultyAssignment f where f.key.userId = :me)))");
      p.put("me", caller.userId());
    }
    if (assignedToMe) {
      where.append(" and exists (select r from Review r where r.id.applicationId = a.id and r.id.reviewerId = :rev"
          + " and r.status <> org.lcp.api.model.ReviewStatus.RECUSED)");
      p.put("rev", caller.userId());
    }
    if (collaborativeId != null) {
      where.append(" and a.collaborativeId = :collab");
      p.put("collab", collaborativeId);
    }
    if (organizationId != null) {
      where.append(" and a.organizationId = :org");
      p.put("org", organizationId);
    }
    if (status != null) {
      where.append(" and a.status = :status");
      p.put("status", status);
    }
    int pg = page == null ? 0 : page;
    int sz = size == null ? Paging.DEFAULT_SIZE : size;
    var query = em.createQuery("select a, o.name, c.title from Application a, Organization o, Collaborative c"
        + where + " order by a.updatedAt desc, a.id", Object[].class);
    var count = em.createQuery("select count(a) from Application a, Organization o, Collaborative c" + where,
        Long.class);
    p.forEach((k, v) -> {
      query.setParameter(k, v);
      count.setParameter(k, v);
    });
    List<Object[]> rows = query.setFirstResult(pg * sz).setMaxResults(sz).getResultList();
    Map<UUID, Double> scores = scores(rows.stream().map(r -> ((Application) r[0]).id).toList());
    List<ApplicationSummary> items = rows.stream().map(r -> {
      Application a = (Application) r[0];
      return new ApplicationSummary().id(a.id).collaborativeId(a.collaborativeId).collaborativeTitle((String) r[2])
          .organizationId(a.organizationId).organizationName((String) r[1]).status(a.status)
          .returnedForChanges(a.returnedForChanges).readinessScore(scores.get(a.id))
          .submittedAt(Times.utc(a.submittedAt)).updatedAt(Times.utc(a.updatedAt));
    }).toList();
    return new Paging<>(items, pg, sz, count.getSingleResult());
  }

  /** Readiness scores of several applications in one query (items of their collaborative only). */
  private Map<UUID, Double> scores(List<UUID> ids) {
    Map<UUID, Double> scores = new HashMap<>();
    if (ids.isEmpty()) {
      return scores;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select r.application_id, round(avg(r.rating)::numeric, 2) "
            + "from readiness_rating r join application a on a.id = r.application_id "
            + "join readiness_item i on i.collaborative_id = a.collaborative_id and i.key = r.item_key "
            + "where r.application_id in (?1) group by r.application_id")
        .setParameter(1, ids).getResultList();
    rows.forEach(r -> scores.put((UUID) r[0], ((Number) r[1]).doubleValue()));
    return scores;
  }

  List<LearningSession> sessionsOf(UUID collaborativeId) {
    return em.createQuery("from LearningSession where collaborativeId = :c order by number", LearningSession.class)
        .setParameter("c", collaborativeId).getResultList();
  }

  List<ReadinessRating> ratings(UUID applicationId) {
    return em.createQuery("from ApplicationParts$ReadinessRating where id.applicationId = :a", ReadinessRating.class)
        .setParameter("a", applicationId).getResultList();
  }

  List<CoreTeamMember> members(UUID applicationId) {
    return em.createQuery("from ApplicationParts$CoreTeamMember where applicationId = :a order by position",
        CoreTeamMember.class).setParameter("a", applicationId).getResultList();
  }

  List<SessionCommitment> commitments(UUID applicationId) {
    return em.createQuery("from ApplicationParts$SessionCommitment where id.applicationId = :a",
        SessionCommitment.class).setParameter("a", applicationId).getResultList();
  }

  List<StatusChange> timeline(UUID applicationId) {
    return em.createQuery("from ApplicationParts$StatusChange where applicationId = :a order by at, id",
        StatusChange.class).setParameter("a", applicationId).getResultList();
  }

  /** Whether someone of the applying organisation attended an informational call of the collaborative. */
  boolean attendedInformationalCall(Application a) {
    return informationalCalls.attended(a.collaborativeId, a.organizationId);
  }

  /** An application's rows, read once for a view and for the rules. */
  record Rows(List<ReadinessItem> items, List<ReadinessRating> ratings, List<CoreTeamMember> members,
      List<LearningSession> sessions, List<SessionCommitment> commitments) {
  }

  Rows rows(Application a, Collaborative c) {
    return new Rows(items(c.id), ratings(a.id), members(a.id), sessionsOf(c.id), commitments(a.id));
  }

  /** Everything the rules look at, read from the database. */
  ApplicationRules.Content content(Application a, Collaborative c) {
    return content(a, c, rows(a, c));
  }

  static ApplicationRules.Content content(Application a, Collaborative c, Rows rows) {
    Map<String, Integer> ratings = new HashMap<>();
    rows.ratings().forEach(r -> ratings.put(r.id.itemKey, r.rating));
    Map<UUID, Integer> numbers = new HashMap<>();
    List<Integer> sessionNumbers = new ArrayList<>();
    for (LearningSession s : rows.sessions()) {
      numbers.put(s.id, s.number);
      sessionNumbers.add(s.number);
    }
    Map<Integer, Boolean> commits = new HashMap<>();
    rows.commitments().forEach(s -> commits.put(numbers.get(s.id.learningSessionId), s.commits));
    return new ApplicationRules.Content(rows.items().stream().map(i -> i.id.key).toList(), ratings, a.cdsAgreed,
        a.cdsSignerName, a.cdsSignerTitle, a.cdsSignedOn != null, a.dataContactName, a.dataContactEmail,
        rows.members().stream().map(m -> m.role).toList(), c.minClinicians, sessionNumbers, commits);
  }
}
