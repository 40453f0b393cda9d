package org.lcp.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.lcp.announcement.AnnouncementService;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.CallState;
import org.lcp.api.model.CollaborativeSetup;
import org.lcp.api.model.CompletenessMeasure;
import org.lcp.api.model.CompletenessRow;
import org.lcp.api.model.CompletenessState;
import org.lcp.api.model.CompletenessTeam;
import org.lcp.api.model.Home;
import org.lcp.api.model.HomeAdmin;
import org.lcp.api.model.HomeFaculty;
import org.lcp.api.model.HomeSetupIncomplete;
import org.lcp.api.model.HomeTeamAttention;
import org.lcp.api.model.HomeTeamMember;
import org.lcp.api.model.HomeValuesOwed;
import org.lcp.api.model.MetricCompleteness;
import org.lcp.api.model.Schedule;
import org.lcp.api.model.ScheduleItem;
import org.lcp.api.model.ScheduleReason;
import org.lcp.api.model.ShortfallKind;
import org.lcp.api.model.TeamAttendanceSummary;
import org.lcp.application.HomeApplications;
import org.lcp.calendar.ScheduleService;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.Phase;
import org.lcp.collaborative.SetupService;
import org.lcp.common.security.Actor;
import org.lcp.common.security.Enrolment;
import org.lcp.metrics.CompletenessService;
import org.lcp.notification.NotificationService;
import org.lcp.session.AttendanceReportService;

/**
 * What is due for the caller, one section per role they have, gathered from the services that own
 * each list (and so under the same policies): applications, metric completeness, attendance, the
 * schedule, setup checklists, notifications and the latest announcements. Nothing is read per team:
 * the metric and attendance reads are a fixed number of set-based statements per collaborative the
 * caller is in.
 */
@ApplicationScoped
public class HomeService {

  /**
   * Phases in which a collaborative may have enrolled teams that report and attend (teams are
   * enrolled as applications are accepted; a closed one is a read-only archive).
   */
  static final Set<Phase> WITH_TEAMS =
      EnumSet.of(
          Phase.APPLICATIONS_OPEN, Phase.REVIEW, Phase.PRE_WORK, Phase.ACTIVE, Phase.SUSTAINING);

  /**
   * Phases in which a collaborative is still being set up (every setup item is needed by ACTIVE).
   */
  static final Set<Phase> IN_SETUP =
      EnumSet.of(
          Phase.DRAFT, Phase.ANNOUNCED, Phase.APPLICATIONS_OPEN, Phase.REVIEW, Phase.PRE_WORK);

  static final int SCHEDULE_DAYS = 90;
  static final int NEXT_EVENTS = 5;
  static final int ALL_TEAMS = 100_000;
  static final int ANNOUNCEMENTS = 5;

  private final HomeApplications applications;
  private final CompletenessService completeness;
  private final AttendanceReportService attendance;
  private final ScheduleService schedule;
  private final SetupService setup;
  private final CollaborativeRepository collaboratives;
  private final NotificationService notifications;
  private final AnnouncementService announcements;

  public HomeService(
      HomeApplications applications,
      CompletenessService completeness,
      AttendanceReportService attendance,
      ScheduleService schedule,
      SetupService setup,
      CollaborativeRepository collaboratives,
      NotificationService notifications,
      AnnouncementService announcements) {
    this.applications = applications;
    this.completeness = completeness;
    this.attendance = attendance;
    this.schedule = schedule;
    this.setup = setup;
    this.collaboratives = collaboratives;
    this.notifications = notifications;
    this.announcements = announcements;
  }

  /** The caller's home page (people only). */
  @Transactional
  public Home home(Actor actor) {
    actor.requirePerson();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    boolean member = !actor.memberships().isEmpty();
    boolean faculty = !actor.facultyOf().isEmpty() || actor.hasFacultyRole();
    Home home =
        new Home()
            .unreadNotifications(notifications.mine(actor, true, 0, 1).getUnread())
            .announcements(announcements.latest(actor, ANNOUNCEMENTS));
    List<ScheduleItem> upcoming =
        member || faculty ? upcoming(actor, today) : List.<ScheduleItem>of();
    Map<UUID, Collaborative> cs = collaboratives(actor);
    if (member) {
      home.teamMember(
          new HomeTeamMember()
              .openApplications(applications.open(actor))
              .valuesOwed(valuesOwed(actor, cs, today))
              .nextEvent(
                  upcoming.stream()
                      .filter(
                          i ->
                              i.getReasons().contains(ScheduleReason.TEAM)
                                  || i.getReasons().contains(ScheduleReason.REGISTERED))
                      .findFirst()
                      .orElse(null)));
    }
    if (faculty) {
      home.faculty(
          new HomeFaculty()
              .awaitingMyReview(applications.awaitingReview(actor))
              .teamsNeedingAttention(teamsNeedingAttention(actor, cs))
              .nextEvents(
                  upcoming.stream()
                      .filter(i -> i.getReasons().contains(ScheduleReason.FACULTY))
                      .limit(NEXT_EVENTS)
                      .toList())
              .setupIncomplete(
                  setupIncomplete(
                      actor,
                      cs.values().stream()
                          .filter(c -> Boolean.TRUE.equals(actor.facultyAssignments().get(c.id)))
                          .toList())));
    }
    if (actor.isAdmin()) {
      home.admin(
          new HomeAdmin()
              .setupIncomplete(
                  setupIncomplete(
                      actor, collaboratives.list("phase in ?1 order by title, id", IN_SETUP))));
    }
    return home;
  }

  /** The collaboratives the caller is faculty of or enrolled in, read at once. */
  private Map<UUID, Collaborative> collaboratives(Actor actor) {
    Set<UUID> ids = new HashSet<>(actor.facultyOf());
    actor.enrolments().forEach(e -> ids.add(e.collaborativeId()));
    Map<UUID, Collaborative> cs = new HashMap<>();
    if (!ids.isEmpty()) {
      collaboratives.list("id in ?1", ids).forEach(c -> cs.put(c.id, c));
    }
    return cs;
  }

  /** The caller's schedule from today, without cancelled calls and what has ended. */
  private List<ScheduleItem> upcoming(Actor actor, LocalDate today) {
    Schedule s = schedule.mine(actor, today, today.plusDays(SCHEDULE_DAYS));
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return s.getItems().stream()
        .filter(i -> i.getState() != CallState.CANCELLED)
        .filter(i -> i.getEndsAt() == null || i.getEndsAt().isAfter(now))
        .toList();
  }

  /**
   * Per team and period, the values not reported nor locked that are due by the end of this month
   * or already overdue: the completeness matrix of each of the caller's running teams.
   */
  private List<HomeValuesOwed> valuesOwed(
      Actor actor, Map<UUID, Collaborative> cs, LocalDate today) {
    LocalDate endOfMonth = YearMonth.from(today).atEndOfMonth();
    List<HomeValuesOwed> owed = new ArrayList<>();
    for (Enrolment e : actor.enrolments()) {
      Collaborative c = cs.get(e.collaborativeId());
      if (c == null || !WITH_TEAMS.contains(c.phase)) {
        continue;
      }
      MetricCompleteness m =
          completeness.matrix(actor, c.id, CompletenessService.Query.ofTeam(e.organizationId()));
      for (CompletenessTeam t : m.getTeams()) {
        Map<String, HomeValuesOwed> byPeriod = new TreeMap<>();
        for (int r = 0; r < t.getRows().size(); r++) {
          CompletenessRow row = t.getRows().get(r);
          CompletenessMeasure measure = m.getMeasures().get(r);
          for (int i = 0; i < row.getStates().size(); i++) {
            CompletenessState state = row.getStates().get(i);
            if (state != CompletenessState.MISSING && state != CompletenessState.NOT_DUE) {
              continue;
            }
            YearMonth period = YearMonth.parse(m.getPeriods().get(i));
            LocalDate due = period.plusMonths(1).atDay(measure.getDueDay());
            if (due.isAfter(endOfMonth)) {
              continue;
            }
            HomeValuesOwed o =
                byPeriod.computeIfAbsent(
                    period.toString(),
                    p ->
                        new HomeValuesOwed()
                            .teamId(e.teamId())
                            .collaborativeId(c.id)
                            .collaborativeTitle(c.title)
                            .organizationId(t.getOrganizationId())
                            .organizationName(t.getOrganizationName())
                            .period(p)
                            .dueDate(due)
                            .missingCount(0)
                            .overdue(false));
            o.missingCount(o.getMissingCount() + 1);
            if (due.isBefore(o.getDueDate())) {
              o.dueDate(due);
            }
            if (state == CompletenessState.MISSING) {
              o.overdue(true);
            }
          }
        }
        owed.addAll(byPeriod.values());
      }
    }
    owed.sort(
        Comparator.comparing(HomeValuesOwed::getDueDate)
            .thenComparing(o -> o.getCollaborativeTitle().toLowerCase(Locale.ROOT))
            .thenComparing(o -> o.getOrganizationName().toLowerCase(Locale.ROOT)));
    return owed;
  }

  /**
   * The teams of the caller's running collaboratives with overdue values or at risk on attendance:
   * per collaborative, the completeness matrix and the attendance overview (set-based each).
   */
  private List<HomeTeamAttention> teamsNeedingAttention(Actor actor, Map<UUID, Collaborative> cs) {
    List<HomeTeamAttention> out = new ArrayList<>();
    List<Collaborative> running =
        cs.values().stream()
            .filter(c -> actor.facultyOf().contains(c.id))
            .filter(c -> WITH_TEAMS.contains(c.phase))
            .toList();
    for (Collaborative c : running) {
      Map<UUID, Integer> overdue = completeness.overdueCounts(actor, c.id);
      for (TeamAttendanceSummary s :
          attendance.overview(actor, c.id, null, 0, ALL_TEAMS).getItems()) {
        boolean atRisk = s.getStanding() == AttendanceStanding.AT_RISK;
        int late = overdue.getOrDefault(s.getOrganizationId(), 0);
        if (!atRisk && late == 0) {
          continue;
        }
        out.add(
            new HomeTeamAttention()
                .teamId(s.getTeamId())
                .collaborativeId(c.id)
                .collaborativeTitle(c.title)
                .organizationId(s.getOrganizationId())
                .organizationName(s.getOrganizationName())
                .overdueValues(late)
                .atRisk(atRisk)
                .reasons(
                    atRisk
                        ? s.getShortfalls().stream()
                            .filter(f -> f.getKind() != ShortfallKind.NOT_RECORDED)
                            .map(f -> f.getMessage())
                            .toList()
                        : List.of()));
      }
    }
    out.sort(
        Comparator.comparing((HomeTeamAttention t) -> !t.getAtRisk())
            .thenComparing(Comparator.comparing(HomeTeamAttention::getOverdueValues).reversed())
            .thenComparing(t -> t.getOrganizationName().toLowerCase(Locale.ROOT)));
    return out;
  }

  /**
   * The collaboratives in setup whose checklist has items not done that a later phase needs (the
   * checklist the setup page shows, under its policy).
   */
  private List<HomeSetupIncomplete> setupIncomplete(Actor actor, List<Collaborative> candidates) {
    List<HomeSetupIncomplete> out = new ArrayList<>();
    for (Collaborative c : candidates) {
      if (!IN_SETUP.contains(c.phase)) {
        continue;
      }
      CollaborativeSetup s = setup.get(actor, c.id);
      Predicate<org.lcp.api.model.SetupItem> ahead =
          i -> Phase.valueOf(i.getRequiredBefore().toString()).compareTo(c.phase) > 0;
      List<org.lcp.api.model.SetupItem> missing =
          s.getItems().stream().filter(i -> !i.getDone()).filter(ahead).toList();
      if (!missing.isEmpty()) {
        out.add(
            new HomeSetupIncomplete()
                .collaborativeId(c.id)
                .title(c.title)
                .phase(s.getPhase())
                .nextPhase(s.getNextPhase())
                .missing(missing));
      }
    }
    out.sort(Comparator.comparing(o -> o.getTitle().toLowerCase(Locale.ROOT)));
    return out;
  }
}
