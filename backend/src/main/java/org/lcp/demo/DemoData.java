package org.lcp.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lcp.api.model.ApplicationCreate;
import org.lcp.api.model.CollaborativeCreate;
import org.lcp.api.model.CommitmentSection;
import org.lcp.api.model.CoreTeamMemberInput;
import org.lcp.api.model.CoreTeamSectionInput;
import org.lcp.api.model.Decision;
import org.lcp.api.model.DecisionInput;
import org.lcp.api.model.FacultyAssignmentInput;
import org.lcp.api.model.LearningSession;
import org.lcp.api.model.LearningSessionInput;
import org.lcp.api.model.MachineClientInput;
import org.lcp.api.model.MemberInvite;
import org.lcp.api.model.MemberRole;
import org.lcp.api.model.OrganizationInput;
import org.lcp.api.model.PhaseTransitionInput;
import org.lcp.api.model.ReadinessRating;
import org.lcp.api.model.ReadinessSection;
import org.lcp.api.model.SessionCommitment;
import org.lcp.api.model.SessionCommitmentSection;
import org.lcp.api.model.SessionMode;
import org.lcp.api.model.TeamRole;
import org.lcp.application.ApplicationLifecycleService;
import org.lcp.application.ApplicationSectionService;
import org.lcp.application.ReadinessItemService;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeKind;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.CollaborativeService;
import org.lcp.collaborative.FacultyService;
import org.lcp.collaborative.Phase;
import org.lcp.collaborative.Phases;
import org.lcp.common.security.Actor;
import org.lcp.common.startup.StartupLock;
import org.lcp.common.web.Enums;
import org.lcp.organization.MachineClientService;
import org.lcp.organization.MemberService;
import org.lcp.organization.Organization;
import org.lcp.organization.OrganizationRepository;
import org.lcp.organization.OrganizationService;
import org.lcp.session.LearningSessionService;

/**
 * Demo data for `make run` (LCP_DEMO_DATA=true): the realm's demo people in two organisations and
 * one collaborative in each of several phases; the running one (CPP) has two enrolled teams with
 * rosters and months of Core Data Set values (see {@link MetricsDemoData}). Loaded through the
 * services, so it obeys every rule and is audited (history is back-dated where a running
 * collaborative needs it); loaded once per database (skipped when the first organisation exists),
 * under an advisory lock so that replicas starting together do not both load it.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class);
  private static final Actor ACTOR = Actor.system();

  private final boolean enabled;
  private final OrganizationService organizations;
  private final MemberService members;
  private final MachineClientService machineClients;
  private final OrganizationRepository organizationRepository;
  private final CollaborativeService collaboratives;
  private final CollaborativeRepository collaborativeRepository;
  private final FacultyService faculty;
  private final LearningSessionService sessions;
  private final ApplicationLifecycleService applications;
  private final ApplicationSectionService sections;
  private final ReadinessItemService readinessItems;
  private final MetricsDemoData metrics;
  private final EntityManager em;
  private final StartupLock lock;

  public DemoData(
      @ConfigProperty(name = "lcp.demo-data.enabled") boolean enabled,
      OrganizationService organizations,
      MemberService members,
      MachineClientService machineClients,
      OrganizationRepository organizationRepository,
      CollaborativeService collaboratives,
      CollaborativeRepository collaborativeRepository,
      FacultyService faculty,
      LearningSessionService sessions,
      ApplicationLifecycleService applications,
      ApplicationSectionService sections,
      ReadinessItemService readinessItems,
      MetricsDemoData metrics,
      EntityManager em,
      StartupLock lock) {
    this.lock = lock;
    this.members = members;
    this.machineClients = machineClients;
    this.collaborativeRepository = collaborativeRepository;
    this.faculty = faculty;
    this.metrics = metrics;
    this.em = em;
    this.applications = applications;
    this.sections = sections;
    this.readinessItems = readinessItems;
    this.enabled = enabled;
    this.organizations = organizations;
    this.organizationRepository = organizationRepository;
    this.collaboratives = collaboratives;
    this.sessions = sessions;
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      loadOnce();
    }
  }

  /**
   * Loads the demo once per database, whatever the number of replicas starting together: under the
   * task's advisory lock, then only when it is not there yet.
   */
  void loadOnce() {
    // a start-up task: may take longer than a request's transaction (a slow machine, a replica
    // waiting for another one's load)
    QuarkusTransaction.requiringNew()
        .timeout(StartupLock.TIMEOUT_SECONDS)
        .run(
            () -> {
              lock.hold(StartupLock.Task.DEMO_DATA);
              if (organizationRepository.findByName("Riverside Family Services").isPresent()) {
                LOG.info("demo data already loaded");
                return;
              }
              load();
              LOG.info("demo data loaded");
            });
  }

  private void load() {
    Organization riverside =
        organization(
            new OrganizationInput()
                .name("Riverside Family Services")
                .city("Springfield")
                .region("IL")
                .countryCode("US")
                .website("https://riverside.example.org"));
    members.recordInvitation(
        ACTOR,
        riverside.id,
        invite("rita.rivers@riverside.example.org", "Rita Rivers", MemberRole.SENIOR_LEADER));
    members.recordInvitation(
        ACTOR,
        riverside.id,
        invite("carl.clark@riverside.example.org", "Carl Clark", MemberRole.CLINICIAN));
    machineClients.recordRegistration(
        ACTOR,
        riverside.id,
        new MachineClientInput().clientId("riverside-data-system").name("Riverside EHR export"));

    Organization lakeside =
        organization(
            new OrganizationInput()
                .name("Lakeside Youth Center")
                .city("Madison")
                .region("WI")
                .countryCode("US"));
    UUID lenaLake =
        members
            .recordInvitation(
                ACTOR,
                lakeside.id,
                invite("lena.lake@lakeside.example.org", "Lena Lake", MemberRole.SENIOR_LEADER))
            .body()
            .getId();
    UUID luisLopez =
        members
            .recordInvitation(
                ACTOR,
                lakeside.id,
                invite("luis.lopez@lakeside.example.org", "Luis Lopez", MemberRole.CLINICIAN))
            .body()
            .getId();
    // Lakeside's data contact hears, with its team, of the values it owes (MetricReminderService)
    organizations.setDataContact(ACTOR, lakeside.id, "*", luisLopez);
    machineClients.recordRegistration(
        ACTOR,
        lakeside.id,
        new MachineClientInput().clientId("lakeside-data-system").name("Lakeside data warehouse"));

    organization(
        new OrganizationInput()
            .name("Hillcrest Community Clinic")
            .city("Dayton")
            .region("OH")
            .countryCode("US"));

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Instant now = Instant.now();

    Collaborative tfcbt =
        collaborative(
            "TF-CBT Learning Collaborative 2027",
            "TF-CBT",
            "Trauma-Focused Cognitive Behavioral Therapy for children and adolescents: three learning sessions, "
                + "twice-monthly consultation calls and monthly core-data-set metrics.",
            CollaborativeKind.LEARNING_COLLABORATIVE,
            now.minus(Duration.ofDays(7)),
            now.plus(Duration.ofDays(30)),
            today.plusMonths(2),
            today.plusMonths(14),
            20);
    faculty(tfcbt, "farah.lead@example.org", "Farah Lead", true);
    faculty(tfcbt, "felix.trainer@example.org", "Felix Trainer", false);
    schedule(tfcbt, today.plusMonths(2), 4, SessionMode.IN_PERSON);

    // running for ten months; applications closed long ago (the window is back-dated once teams are
    // in)
    Collaborative cpp =
        collaborative(
            "Child-Parent Psychotherapy Collaborative 2026",
            "CPP",
            "Child-Parent Psychotherapy for young children who experienced trauma, and their caregivers.",
            CollaborativeKind.LEARNING_COLLABORATIVE,
            now.minus(Duration.ofDays(400)),
            now.plus(Duration.ofDays(1)),
            today.minusMonths(10).withDayOfMonth(1),
            today.plusMonths(8),
            12);
    faculty(cpp, "felix.trainer@example.org", "Felix Trainer", true);
    // sessions six months apart: two held, the third in about two months (so schedules show one
    // soon)
    schedule(cpp, today.minusMonths(10).withDayOfMonth(1).plusDays(13), 6, SessionMode.VIRTUAL);

    Collaborative arc =
        collaborative(
            "ARC Reflections Learning Collaborative",
            "ARC Reflections",
            "Attachment, Regulation and Competency training for foster and kinship caregivers (being set up).",
            CollaborativeKind.LEARNING_COLLABORATIVE,
            null,
            null,
            null,
            null,
            15);
    faculty(arc, "farah.lead@example.org", "Farah Lead", true);

    Collaborative schools =
        collaborative(
            "Trauma-Informed Schools Learning Community",
            "Trauma-informed schools",
            "School-based clinicians sharing what works: monthly calls and a shared library.",
            CollaborativeKind.LEARNING_COMMUNITY,
            null,
            null,
            today.plusMonths(1),
            today.plusMonths(13),
            null);
    faculty(schools, "felix.trainer@example.org", "Felix Trainer", true);

    Collaborative sparcs =
        collaborative(
            "SPARCS Collaborative 2025",
            "SPARCS",
            "Structured Psychotherapy for Adolescents Responding to Chronic Stress (archived).",
            CollaborativeKind.LEARNING_COLLABORATIVE,
            now.minus(Duration.ofDays(700)),
            now.minus(Duration.ofDays(660)),
            today.minusMonths(20),
            today.minusMonths(6),
            10);
    faculty(sparcs, "farah.lead@example.org", "Farah Lead", true);
    schedule(sparcs, today.minusMonths(18), 4, SessionMode.IN_PERSON);

    advance(tfcbt, Phase.APPLICATIONS_OPEN);
    advance(cpp, Phase.APPLICATIONS_OPEN);
    enrol(cpp, riverside, RIVERSIDE_TEAM, "Rita Rivers", "Executive Director");
    enrol(cpp, lakeside, LAKESIDE_TEAM, "Lena Lake", "Clinical Director");
    // its measures come before ACTIVE (the setup checklist asks for them)
    metrics.load(cpp, riverside, lakeside, today);
    advance(cpp, Phase.ACTIVE);
    backdate(cpp, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(340)));
    // ARC stays a DRAFT whose setup checklist shows what is missing: the application window, the
    // dates of its three learning sessions and its measures
    advance(arc, Phase.DRAFT);
    advance(schools, Phase.ANNOUNCED);
    metrics.archivedMeasure(sparcs);
    advance(sparcs, Phase.CLOSED);

    // applications to the TF-CBT collaborative: Riverside has submitted, Lakeside has a draft
    UUID submitted =
        applications
            .create(
                ACTOR,
                new ApplicationCreate().collaborativeId(tfcbt.id).organizationId(riverside.id))
            .body()
            .getId();
    fill(submitted, tfcbt.id, RIVERSIDE_TEAM, "Rita Rivers", "Executive Director");
    applications.submit(ACTOR, submitted, "*");
    UUID draft =
        applications
            .create(
                ACTOR,
                new ApplicationCreate().collaborativeId(tfcbt.id).organizationId(lakeside.id))
            .body()
            .getId();
    sections.saveCommitment(
        ACTOR,
        draft,
        "*",
        new CommitmentSection()
            .agreed(true)
            .signerMemberId(lenaLake)
            .signerTitle("Clinical Director"));
  }

  private static final List<CoreTeamMemberInput> RIVERSIDE_TEAM =
      List.of(
          member(
              TeamRole.SENIOR_LEADER,
              "Rita Rivers",
              "rita.rivers@riverside.example.org",
              "Executive Director"),
          member(
              TeamRole.SUPERVISOR,
              "Sara Stone",
              "sara.stone@riverside.example.org",
              "Clinical Supervisor"),
          member(TeamRole.CLINICIAN, "Carl Clark", "carl.clark@riverside.example.org", "Therapist"),
          member(TeamRole.CLINICIAN, "Maya Moss", "maya.moss@riverside.example.org", "Therapist"));
  private static final List<CoreTeamMemberInput> LAKESIDE_TEAM =
      List.of(
          member(
              TeamRole.SENIOR_LEADER,
              "Lena Lake",
              "lena.lake@lakeside.example.org",
              "Clinical Director"),
          member(
              TeamRole.SUPERVISOR,
              "Omar Ortiz",
              "omar.ortiz@lakeside.example.org",
              "Clinical Supervisor"),
          member(TeamRole.CLINICIAN, "Luis Lopez", "luis.lopez@lakeside.example.org", "Therapist"),
          member(TeamRole.CLINICIAN, "Nina Novak", "nina.novak@lakeside.example.org", "Therapist"));

  /** Every section of a demo application, complete. */
  private void fill(
      UUID application,
      UUID collaborative,
      List<CoreTeamMemberInput> team,
      String signer,
      String signerTitle) {
    sections.saveReadiness(
        ACTOR,
        application,
        "*",
        new ReadinessSection()
            .ratings(
                readinessItems.list(ACTOR, collaborative).body().getItems().stream()
                    .map(i -> new ReadinessRating().itemKey(i.getKey()).rating(4))
                    .toList()));
    CoreTeamMemberInput data = team.get(2);
    // the core team first: its people become members, and the signer is one of them
    UUID signerId =
        sections
            .saveCoreTeam(ACTOR, application, "*", new CoreTeamSectionInput().members(team))
            .body()
            .getCoreTeam()
            .getMembers()
            .stream()
            .filter(m -> m.getName().equals(signer))
            .findFirst()
            .orElseThrow()
            .getMemberId();
    sections.saveCommitment(
        ACTOR,
        application,
        "*",
        new CommitmentSection()
            .agreed(true)
            .signerMemberId(signerId)
            .signerTitle(signerTitle)
            .signedOn(LocalDate.now(ZoneOffset.UTC))
            .dataContactName(data.getName())
            .dataContactEmail(data.getEmail()));
    sections.saveSessionCommitments(
        ACTOR,
        application,
        "*",
        new SessionCommitmentSection()
            .sessions(
                sessions.list(ACTOR, collaborative, 0, 20).getItems().stream()
                    .map(s -> new SessionCommitment().learningSessionId(s.getId()).commits(true))
                    .toList()));
  }

  /**
   * Applies, is reviewed and accepted: the organisation becomes a team with its core team as
   * roster.
   */
  private void enrol(
      Collaborative c,
      Organization o,
      List<CoreTeamMemberInput> team,
      String signer,
      String title) {
    UUID a =
        applications
            .create(ACTOR, new ApplicationCreate().collaborativeId(c.id).organizationId(o.id))
            .body()
            .getId();
    fill(a, c.id, team, signer, title);
    applications.submit(ACTOR, a, "*");
    applications.startReview(ACTOR, a);
    applications.decide(
        ACTOR,
        a,
        "*",
        new DecisionInput()
            .decision(Decision.ACCEPTED)
            .message("Welcome to the collaborative.")
            .overrideReason(
                "Demo data: a running collaborative's teams, enrolled without reviews"));
  }

  /**
   * A collaborative that has run for months: its application window, its teams' enrolment and their
   * rosters are moved back to before it started (the services date them today).
   */
  private void backdate(Collaborative c, Instant openAt, Instant closeAt) {
    Collaborative col = collaborativeRepository.require(c.id);
    col.applicationsOpenAt = openAt;
    col.applicationsCloseAt = closeAt;
    LocalDate joined = col.startDate.minusMonths(1);
    em.createNativeQuery("update team set enrolled_at = ?1 where collaborative_id = ?2")
        .setParameter(1, closeAt)
        .setParameter(2, c.id)
        .executeUpdate();
    em.createNativeQuery(
            "update roster_member set start_date = ?1 where team_id in (select id from team "
                + "where collaborative_id = ?2)")
        .setParameter(1, joined)
        .setParameter(2, c.id)
        .executeUpdate();
  }

  private static CoreTeamMemberInput member(
      TeamRole role, String name, String email, String title) {
    return new CoreTeamMemberInput().role(role).name(name).email(email).title(title).fte(1.0);
  }

  private static MemberInvite invite(String email, String name, MemberRole role) {
    return new MemberInvite().email(email).name(name).role(role);
  }

  private Collaborative collaborative(
      String title,
      String practice,
      String description,
      CollaborativeKind kind,
      Instant openAt,
      Instant closeAt,
      LocalDate start,
      LocalDate end,
      Integer capacity) {
    var created =
        collaboratives.create(
            ACTOR,
            new CollaborativeCreate()
                .title(title)
                .practice(practice)
                .description(description)
                .kind(Enums.map(kind, org.lcp.api.model.CollaborativeKind.class))
                .applicationsOpenAt(openAt == null ? null : openAt.atOffset(ZoneOffset.UTC))
                .applicationsCloseAt(closeAt == null ? null : closeAt.atOffset(ZoneOffset.UTC))
                .startDate(start)
                .endDate(end)
                .capacity(capacity));
    return collaborativeRepository.require(created.body().getId());
  }

  private Organization organization(OrganizationInput input) {
    return organizationRepository.require(organizations.create(ACTOR, input).body().getId());
  }

  /** Walks it forward, one allowed step at a time, to the phase the demo shows. */
  private void advance(Collaborative c, Phase phase) {
    List<Phase> path = Phases.path(c.kind);
    for (Phase p :
        path.subList(
            path.indexOf(collaborativeRepository.require(c.id).phase) + 1,
            path.indexOf(phase) + 1)) {
      collaboratives.transition(
          ACTOR,
          c.id,
          "*",
          new PhaseTransitionInput().to(Enums.map(p, org.lcp.api.model.Phase.class)));
    }
  }

  private void faculty(Collaborative c, String email, String name, boolean lead) {
    faculty.assign(ACTOR, c.id, new FacultyAssignmentInput().email(email).name(name).lead(lead));
  }

  private void schedule(Collaborative c, LocalDate first, int monthsApart, SessionMode mode) {
    List<LearningSession> list = sessions.list(ACTOR, c.id, 0, 20).getItems();
    for (LearningSession s : list) {
      LocalDate start = first.plusMonths((long) monthsApart * (s.getNumber() - 1));
      sessions.update(
          ACTOR,
          c.id,
          s.getId(),
          "*",
          new LearningSessionInput()
              .number(s.getNumber())
              .title(s.getTitle())
              .startDate(start)
              .endDate(start.plusDays(1))
              .timeZone("America/Chicago")
              .mode(mode)
              .location(
                  mode == SessionMode.IN_PERSON
                      ? "Hilton Chicago, 720 S Michigan Ave, Chicago, IL"
                      : null)
              .joinUrl(
                  mode == SessionMode.VIRTUAL
                      ? "https://video.example.org/lcp/" + c.id + "/" + s.getNumber()
                      : null)
              .agenda(
                  "Day 1: model overview and skills practice. Day 2: team planning and action-period goals."));
    }
  }
}
