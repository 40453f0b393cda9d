package org.lcp.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lcp.api.model.AttendanceStatus;
import org.lcp.api.model.CallArchiveInput;
import org.lcp.api.model.CallAttendanceInput;
import org.lcp.api.model.CallAttendanceRecordInput;
import org.lcp.api.model.CallAudience;
import org.lcp.api.model.CallInput;
import org.lcp.api.model.CallKind;
import org.lcp.api.model.CallMode;
import org.lcp.api.model.CallRegistrationAttendeeInput;
import org.lcp.api.model.CallRegistrationInput;
import org.lcp.api.model.CallSeriesInput;
import org.lcp.api.model.LearningSession;
import org.lcp.api.model.LearningSessionInput;
import org.lcp.api.model.SessionAttendanceInput;
import org.lcp.api.model.SessionAttendanceRecordInput;
import org.lcp.api.model.SessionMode;
import org.lcp.api.model.Weekday;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.security.Actor;
import org.lcp.common.security.Caller;
import org.lcp.common.startup.StartupLock;
import org.lcp.consultation.CallArchiveService;
import org.lcp.consultation.CallAttendanceService;
import org.lcp.consultation.CallSeriesService;
import org.lcp.consultation.CallService;
import org.lcp.consultation.RegistrationService;
import org.lcp.organization.Organization;
import org.lcp.organization.OrganizationRepository;
import org.lcp.session.AttendanceSheetService;
import org.lcp.session.LearningSessionService;
import org.lcp.team.Team;
import org.lcp.team.Team.RosterMember;
import org.lcp.team.TeamRole;

/**
 * Schedule demo data for `make run`, after {@link DemoData} (priority 3000): in the running CPP
 * collaborative a biweekly consultation call series (past calls held, with attendance and archive
 * entries; future ones scheduled; one cancelled), a monthly supervisors' call by phone, attendance
 * at its first learning sessions; in the announced Trauma-Informed Schools community an
 * informational call Riverside registered for. Everything goes through the services. Each part is
 * skipped when its prerequisites are missing or when it is already there.
 */
@ApplicationScoped
public class ScheduleDemoData {

  private static final Logger LOG = Logger.getLogger(ScheduleDemoData.class);
  static final String CPP = "Child-Parent Psychotherapy Collaborative 2026";
  static final String SCHOOLS = "Trauma-Informed Schools Learning Community";
  static final String SERIES_TOPIC = "CPP case consultation";
  static final String INFORMATIONAL_TOPIC =
      "Is the learning community for your school? An introduction";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final boolean enabled;
  private final EntityManager em;
  private final OrganizationRepository organizations;
  private final LearningSessionService sessions;
  private final AttendanceSheetService attendance;
  private final CallService calls;
  private final CallSeriesService series;
  private final CallArchiveService archive;
  private final CallAttendanceService callAttendance;
  private final RegistrationService registrations;
  private final StartupLock lock;

  public ScheduleDemoData(
      @ConfigProperty(name = "lcp.demo-data.enabled") boolean enabled,
      EntityManager em,
      OrganizationRepository organizations,
      LearningSessionService sessions,
      AttendanceSheetService attendance,
      CallService calls,
      CallSeriesService series,
      CallArchiveService archive,
      CallAttendanceService callAttendance,
      RegistrationService registrations,
      StartupLock lock) {
    this.lock = lock;
    this.enabled = enabled;
    this.em = em;
    this.organizations = organizations;
    this.sessions = sessions;
    this.attendance = attendance;
    this.calls = calls;
    this.series = series;
    this.archive = archive;
    this.callAttendance = callAttendance;
    this.registrations = registrations;
  }

  void onStart(@Observes @Priority(3000) StartupEvent event) {
    if (!enabled) {
      return;
    }
    loadOnce();
  }

  /** Once per database, under the task's advisory lock (N replicas may start together). */
  void loadOnce() {
    // a start-up task: may take longer than a request's transaction (a slow machine, a replica
    // waiting for another one's load)
    QuarkusTransaction.requiringNew()
        .timeout(StartupLock.TIMEOUT_SECONDS)
        .run(
            () -> {
              lock.hold(StartupLock.Task.SCHEDULE_DEMO_DATA);
              load();
            });
  }

  void load() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Optional<Collaborative> cpp = collaborative(CPP);
    if (cpp.isEmpty()) {
      LOG.info(
          "schedule demo data: no '"
              + CPP
              + "' collaborative; its calls and attendance are skipped");
    } else if (exists(
        "select count(*) from call_series where collaborative_id = ?1 and topic = ?2",
        cpp.get().id,
        SERIES_TOPIC)) {
      LOG.info("schedule demo data already loaded");
      return;
    } else {
      running(cpp.get(), today);
    }
    collaborative(SCHOOLS)
        .ifPresentOrElse(
            c -> announced(c, today),
            () ->
                LOG.info(
                    "schedule demo data: no '"
                        + SCHOOLS
                        + "' collaborative; its informational call is skipped"));
    LOG.info("schedule demo data loaded");
  }

  // ---- the running collaborative ----------------------------------------------------------------

  private void running(Collaborative c, LocalDate today) {
    Optional<UUID> felix = faculty(c, "felix.trainer@example.org");
    if (felix.isEmpty()) {
      LOG.info("schedule demo data: Felix Trainer is not faculty of '" + CPP + "'; skipped");
      return;
    }
    Caller trainer =
        new Caller(
            Caller.Kind.PERSON,
            felix.get(),
            "demo-data",
            "felix.trainer@example.org",
            "Felix Trainer",
            Set.of(Caller.FACULTY),
            null,
            null);
    List<Team> teams =
        em.createQuery("from Team where collaborativeId = :c", Team.class)
            .setParameter("c", c.id)
            .getResultList();
    upcomingSession(c, today);
    if (!teams.isEmpty()) {
      sessionAttendance(c, teams, trainer, today);
    }
    consultationSeries(c, felix.get(), teams, today);
    supervisorsCall(c, felix.get(), today);
  }

  /**
   * A team member's schedule should show a learning session soon: when none of the collaborative's
   * sessions falls in the next three months, a fourth (sustainability) session is added in a few
   * weeks.
   */
  private void upcomingSession(Collaborative c, LocalDate today) {
    List<LearningSession> list = sessions.list(Actor.system(), c.id, 0, 20).getItems();
    boolean soon =
        list.stream()
            .anyMatch(
                s ->
                    s.getStartDate() != null
                        && !s.getStartDate().isBefore(today)
                        && !s.getStartDate().isAfter(today.plusMonths(3)));
    int next = list.stream().mapToInt(LearningSession::getNumber).max().orElse(0) + 1;
    if (soon || next > 12) {
      return;
    }
    LocalDate start = today.plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    if (c.endDate != null && start.isAfter(c.endDate)) {
      return;
    }
    sessions.create(
        Actor.system(),
        c.id,
        new LearningSessionInput()
            .number(next)
            .title("Learning Session " + next + ": sustaining the practice")
            .startDate(start)
            .endDate(start.plusDays(1))
            .timeZone("America/Chicago")
            .mode(SessionMode.VIRTUAL)
            .joinUrl("https://video.example.org/lcp/" + c.id + "/" + next)
            .agenda(
                "Day 1: what teams changed and what they keep. Day 2: sustainability plans and supervision."));
  }

  /**
   * The first learning session, for both teams (one supervisor left early); the second for
   * Riverside.
   */
  private void sessionAttendance(
      Collaborative c, List<Team> teams, Caller trainer, LocalDate today) {
    List<LearningSession> held =
        sessions.list(Actor.system(), c.id, 0, 20).getItems().stream()
            .filter(s -> s.getStartDate() != null && s.getStartDate().isBefore(today))
            .toList();
    Optional<Organization> riverside = organizations.findByName("Riverside Family Services");
    for (int i = 0; i < Math.min(2, held.size()); i++) {
      LearningSession s = held.get(i);
      List<SessionAttendanceRecordInput> records = new ArrayList<>();
      for (Team t : teams) {
        if (i == 1 && (riverside.isEmpty() || !t.organizationId.equals(riverside.get().id))) {
          continue; // the second session's sheet is left for faculty to take (Lakeside)
        }
        for (RosterMember m : roster(t)) {
          if (!onTeam(m, s)) {
            continue;
          }
          boolean partial =
              i == 0
                  && m.role == TeamRole.SUPERVISOR
                  && !riverside.map(r -> r.id).equals(Optional.of(t.organizationId));
          records.add(
              new SessionAttendanceRecordInput()
                  .rosterMemberId(m.id)
                  .status(partial ? AttendanceStatus.PARTIAL : AttendanceStatus.PRESENT)
                  .note(partial ? "left after day 1 (a family emergency)" : null));
        }
      }
      if (!records.isEmpty()) {
        // recorded by Felix, faculty of the collaborative
        attendance.recordMany(
            Actor.of(trainer, Map.of(), Map.of(c.id, false), List.of()),
            c.id,
            s.getId(),
            "*",
            new SessionAttendanceInput().records(records));
      }
    }
  }

  private static boolean onTeam(RosterMember m, LearningSession s) {
    LocalDate last = s.getEndDate() != null ? s.getEndDate() : s.getStartDate();
    return !m.startDate.isAfter(last)
        && (m.endDate == null || !m.endDate.isBefore(s.getStartDate()));
  }

  private List<RosterMember> roster(Team t) {
    return em.createQuery(
            "from Team$RosterMember where teamId = :t order by role, name", RosterMember.class)
        .setParameter("t", t.id)
        .getResultList();
  }

  /**
   * Every other Wednesday at noon (Chicago), twelve calls from ten weeks ago: the past ones held
   * with attendance and an archive entry, one of the coming ones cancelled.
   */
  private void consultationSeries(
      Collaborative c, UUID facilitator, List<Team> teams, LocalDate today) {
    var created =
        series.create(
            Actor.system(),
            c.id,
            new CallSeriesInput()
                .kind(CallKind.CONSULTATION)
                .topic(SERIES_TOPIC)
                .description(
                    "Bring a case: each call one team presents a family, everyone discusses the next steps.")
                .weekday(Weekday.WEDNESDAY)
                .startTime("12:00")
                .timeZone("America/Chicago")
                .startDate(today.minusWeeks(10))
                .intervalWeeks(2)
                .count(12)
                .durationMinutes(60)
                .facilitatorUserId(facilitator)
                .audience(CallAudience.COLLABORATIVE)
                .mode(CallMode.VIDEO)
                .joinUrl("https://video.example.org/cpp/consult")
                .accessCode("718 220"));
    List<org.lcp.api.model.Call> all = created.body().getCalls();
    Instant now = Instant.now();
    List<List<String>> topics =
        List.of(
            List.of("Engaging caregivers", "Safety first"),
            List.of("Trauma narrative with toddlers", "Caregiver guilt"),
            List.of("Reflective supervision"),
            List.of("Working with child protective services", "Court reports"),
            List.of("Ending treatment well", "Relapse of caregiver substance use"));
    int past = 0;
    boolean cancelled = false;
    for (org.lcp.api.model.Call call : all) {
      if (call.getEndsAt().toInstant().isBefore(now)) {
        List<String> covered = topics.get(past % topics.size());
        archive.save(
            Actor.system(),
            call.getId(),
            "*",
            new CallArchiveInput()
                .notes(
                    "Case presented by "
                        + (past % 2 == 0 ? "Riverside" : "Lakeside")
                        + ". Discussed: "
                        + String.join("; ", covered)
                        + ".")
                .recordingUrl("https://video.example.org/cpp/recordings/" + (past + 1))
                .slidesUrl("https://files.example.org/cpp/consultation-" + (past + 1) + ".pdf")
                .topicsCovered(covered));
        callAttendance(call, teams, past);
        past++;
      } else if (!cancelled
          && call.getStartsAt().toInstant().isAfter(now.plusSeconds(14L * 24 * 3600))) {
        calls.cancel(
            Actor.system(),
            call.getId(),
            "*",
            "Faculty retreat; the next call takes place as planned");
        cancelled = true;
      }
    }
  }

  /** Most of each team attends; one clinician misses every third call, another joins late once. */
  private void callAttendance(org.lcp.api.model.Call call, List<Team> teams, int index) {
    List<CallAttendanceRecordInput> records = new ArrayList<>();
    LocalDate day = LocalDateTime.parse(call.getStart()).toLocalDate();
    for (Team t : teams) {
      List<RosterMember> roster =
          roster(t).stream()
              .filter(
                  m -> !m.startDate.isAfter(day) && (m.endDate == null || !m.endDate.isBefore(day)))
              .toList();
      for (int i = 0; i < roster.size(); i++) {
        RosterMember m = roster.get(i);
        AttendanceStatus status = AttendanceStatus.PRESENT;
        String note = null;
        if (m.role == TeamRole.CLINICIAN && index % 3 == 2 && i == roster.size() - 1) {
          status = AttendanceStatus.ABSENT;
        } else if (m.role == TeamRole.SENIOR_LEADER && index == 1) {
          status = AttendanceStatus.PARTIAL;
          note = "joined 20 minutes late";
        }
        records.add(new CallAttendanceRecordInput().rosterMemberId(m.id).status(status).note(note));
      }
    }
    if (!records.isEmpty()) {
      callAttendance.record(
          Actor.system(), call.getId(), "*", new CallAttendanceInput().records(records));
    }
  }

  /** A supervisors' call by phone, every four weeks on Thursday morning (New York), six calls. */
  private void supervisorsCall(Collaborative c, UUID facilitator, LocalDate today) {
    series.create(
        Actor.system(),
        c.id,
        new CallSeriesInput()
            .kind(CallKind.CONSULTATION)
            .topic("Supervisors' call")
            .description("Reflective supervision of CPP cases; supervisors only.")
            .weekday(Weekday.THURSDAY)
            .startTime("10:00")
            .timeZone("America/New_York")
            .startDate(today.plusDays(3))
            .intervalWeeks(4)
            .count(6)
            .durationMinutes(45)
            .facilitatorUserId(facilitator)
            .audience(CallAudience.COLLABORATIVE)
            .mode(CallMode.PHONE)
            .phoneNumber("+1 312 555 0142")
            .accessCode("5521#"));
  }

  // ---- the announced community ------------------------------------------------------------------

  /** An informational call in ten days, which Riverside registered for. */
  private void announced(Collaborative c, LocalDate today) {
    if (exists(
        "select count(*) from scheduled_call where collaborative_id = ?1 and kind = 'INFORMATIONAL'",
        c.id,
        null)) {
      return;
    }
    Optional<UUID> felix = faculty(c, "felix.trainer@example.org");
    if (felix.isEmpty()) {
      LOG.info("schedule demo data: Felix Trainer is not faculty of '" + SCHOOLS + "'; skipped");
      return;
    }
    LocalDateTime start = LocalDateTime.of(today.plusDays(10), LocalTime.of(13, 0));
    var call =
        calls.create(
            Actor.system(),
            c.id,
            new CallInput()
                .kind(CallKind.INFORMATIONAL)
                .topic(INFORMATIONAL_TOPIC)
                .description(
                    "What the community does, what it asks of a school, and how to join. Questions welcome.")
                .start(start.format(LOCAL))
                .timeZone("America/New_York")
                .durationMinutes(45)
                .facilitatorUserId(felix.get())
                .audience(CallAudience.COLLABORATIVE)
                .mode(CallMode.VIDEO)
                .joinUrl("https://video.example.org/schools/info"));
    organizations
        .findByName("Riverside Family Services")
        .ifPresent(
            riverside ->
                registrations.register(
                    Actor.system(),
                    call.body().getId(),
                    new CallRegistrationInput()
                        .organizationId(riverside.id)
                        .attendees(
                            List.of(
                                new CallRegistrationAttendeeInput()
                                    .name("Rita Rivers")
                                    .email("rita.rivers@riverside.example.org"),
                                new CallRegistrationAttendeeInput()
                                    .name("Carl Clark")
                                    .email("carl.clark@riverside.example.org")))));
  }

  // ---- lookups ----------------------------------------------------------------------------------

  private Optional<Collaborative> collaborative(String title) {
    return em.createQuery("from Collaborative where title = :t", Collaborative.class)
        .setParameter("t", title)
        .getResultStream()
        .findFirst();
  }

  private Optional<UUID> faculty(Collaborative c, String email) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(
                "select u.id from app_user u join faculty_assignment f on f.user_id = u.id "
                    + "where f.collaborative_id = ?1 and lower(u.email) = ?2")
            .setParameter(1, c.id)
            .setParameter(2, email)
            .getResultList();
    return ids.stream().findFirst();
  }

  private boolean exists(String sql, UUID id, String text) {
    var q = em.createNativeQuery(sql).setParameter(1, id);
    if (text != null) {
      q.setParameter(2, text);
    }
    return ((Number) q.getSingleResult()).longValue() > 0;
  }
}
