package org.lcp.metrics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.lcp.api.model.MetricReminderInput;
import org.lcp.api.model.MetricReminderResult;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.FacultyRepository;
import org.lcp.collaborative.Phase;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.MetricsPolicy;
import org.lcp.notification.Notify;
import org.lcp.organization.OrganizationRepository;
import org.lcp.team.Team;
import org.lcp.team.TeamRepository;

/**
 * Reminds teams of the values they still owe, and escalates: the daily job ({@link #run}) and the
 * lead faculty's reminder by hand ({@link #remind}).
 *
 * <p>What is owed is read set-based, in a fixed number of queries whatever the number of
 * collaboratives and teams: the ACTIVE collaboratives, their settings, measures, teams, the cells
 * that have ever had a value (a value that landed a minute ago, by upload or otherwise, counts) and
 * the unlocks in force. A cell is owed while it has no value and is not locked for the team.
 *
 * <p>Each notice carries a dedup key naming what it is about (kind, team, month and due or lock
 * date), so each person gets it once however often the job runs for a day, on however many
 * replicas; the windows below are "from this day on" rather than "on this day", so a day the job
 * did not run is caught up the next day. Measures of one month that share a due date are one
 * notice.
 */
@ApplicationScoped
public class MetricReminderService {

  private static final Logger LOG = Logger.getLogger(MetricReminderService.class);

  static final String DUE_SOON = "metrics.due-soon";
  static final String DUE_TODAY = "metrics.due-today";
  static final String OVERDUE = "metrics.overdue";
  static final String ESCALATION = "metrics.escalation";
  static final String LOCK_SOON = "metrics.lock-soon";
  static final String REMINDER = "metrics.reminder";
  static final String UNLOCKED = "metrics.unlocked";

  static final int MAX_BODY = 5000;

  /** Collaboratives per transaction of the daily run. */
  static final int CHUNK = 20;

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** One value a team still owes. */
  record Owed(
      Collaborative c, Team team, Measure m, YearMonth period, LocalDate due, LocalDate locks) {}

  /** What a run sent: how many notices (before the dedup keys keep repeats from anyone). */
  public record Summary(int collaboratives, int owed, int notices) {}

  /** One notice: who, about what. */
  private record Group(String kind, String audience, UUID about, YearMonth period, LocalDate day) {}

  private final CollaborativeRepository collaboratives;
  private final TeamRepository teams;
  private final OrganizationRepository organizations;
  private final FacultyRepository faculty;
  private final MeasureRepository measures;
  private final MetricValueRepository values;
  private final PeriodUnlockRepository unlocks;
  private final MetricReminderSettingsRepository settings;
  private final TeamRecipients recipients;
  private final MetricsPolicy policy;
  private final AuditLog audit;
  private final Event<Notify> notify;

  public MetricReminderService(
      CollaborativeRepository collaboratives,
      TeamRepository teams,
      OrganizationRepository organizations,
      FacultyRepository faculty,
      MeasureRepository measures,
      MetricValueRepository values,
      PeriodUnlockRepository unlocks,
      MetricReminderSettingsRepository settings,
      TeamRecipients recipients,
      MetricsPolicy policy,
      AuditLog audit,
      Event<Notify> notify) {
    this.collaboratives = collaboratives;
    this.teams = teams;
    this.organizations = organizations;
    this.faculty = faculty;
    this.measures = measures;
    this.values = values;
    this.unlocks = unlocks;
    this.settings = settings;
    this.recipients = recipients;
    this.policy = policy;
    this.audit = audit;
    this.notify = notify;
  }

  // ---- the daily job ---------------------------------------------------------------------------

  /**
   * Sends the reminders due on {@code today} for every ACTIVE collaborative whose reminders are on:
   * to the team (data contact and roster members) from {@code daysBeforeDue} days before the due
   * date, on it and after it, and {@code daysBeforeLock} days before the month locks; to the senior
   * leaders {@code seniorLeaderAfterDays} after the due date; to the lead faculty, one notice per
   * collaborative and month listing the teams, {@code leadFacultyAfterDays} after it.
   */
  public Summary run(LocalDate today) {
    List<UUID> ids =
        QuarkusTransaction.requiringNew()
            .call(() -> collaboratives.inPhase(Phase.ACTIVE).stream().map(c -> c.id).toList());
    return run(today, ids);
  }

  /**
   * {@link #run} for these collaboratives (those of them that are ACTIVE), a chunk of {@link
   * #CHUNK} collaboratives per transaction: a network of many collaboratives never holds one long
   * transaction, and a failure leaves the other chunks sent (a rerun completes the failed one).
   */
  public Summary run(LocalDate today, Collection<UUID> collaborativeIds) {
    List<UUID> ids = List.copyOf(new LinkedHashSet<>(collaborativeIds));
    Summary total = new Summary(0, 0, 0);
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
      Summary s = QuarkusTransaction.requiringNew().call(() -> runChunk(today, chunk));
      total =
          new Summary(
              total.collaboratives() + s.collaboratives(),
              total.owed() + s.owed(),
              total.notices() + s.notices());
    }
    LOG.infof(
        "metric reminders for %s: %d collaboratives, %d values owed, %d notices",
        today, total.collaboratives(), total.owed(), total.notices());
    return total;
  }

  private Summary runChunk(LocalDate today, List<UUID> ids) {
    List<Collaborative> active =
        ids.stream()
            .map(collaboratives::findById)
            .filter(c -> c != null && c.phase == Phase.ACTIVE)
            .toList();
    Map<UUID, MetricReminderSettings> config = settings.of(active.stream().map(c -> c.id).toList());
    List<Collaborative> on = active.stream().filter(c -> config.get(c.id).enabled).toList();
    List<Owed> owed = owed(on, today);
    Map<Group, List<Owed>> groups = new LinkedHashMap<>();
    for (Owed o : owed) {
      MetricReminderSettings s = config.get(o.c().id);
      LocalDate due = o.due();
      if (s.daysBeforeDue > 0
          && !today.isBefore(due.minusDays(s.daysBeforeDue))
          && today.isBefore(due)) {
        add(groups, new Group(DUE_SOON, "team", o.team().id, o.period(), due), o);
      }
      if (today.equals(due)) {
        add(groups, new Group(DUE_TODAY, "team", o.team().id, o.period(), due), o);
      }
      if (today.isAfter(due)) {
        add(groups, new Group(OVERDUE, "team", o.team().id, o.period(), due), o);
        if (!today.isBefore(due.plusDays(s.seniorLeaderAfterDays))) {
          add(groups, new Group(ESCALATION, "leader", o.team().id, o.period(), due), o);
        }
        if (!today.isBefore(due.plusDays(s.leadFacultyAfterDays))) {
          add(groups, new Group(ESCALATION, "lead", o.c().id, o.period(), due), o);
        }
        if (s.daysBeforeLock > 0 && !today.isBefore(o.locks().minusDays(s.daysBeforeLock))) {
          add(groups, new Group(LOCK_SOON, "team", o.team().id, o.period(), o.locks()), o);
        }
      }
    }
    if (groups.isEmpty()) {
      return new Summary(on.size(), owed.size(), 0);
    }
    Set<Team> owing = owed.stream().map(Owed::team).collect(Collectors.toSet());
    TeamRecipients.Found people = recipients.of(owing, today);
    Map<UUID, String> names =
        organizations.names(owing.stream().map(t -> t.organizationId).distinct().toList());
    Map<UUID, List<UUID>> leads = faculty.leads(on.stream().map(c -> c.id).toList());
    int sent = 0;
    for (var e : groups.entrySet()) {
      Group g = e.getKey();
      List<Owed> items = e.getValue();
      Owed first = items.get(0);
      List<UUID> to =
          switch (g.audience()) {
            case "team" -> people.of(first.team());
            case "leader" -> people.seniorLeaders(first.team().organizationId);
            default -> leads.getOrDefault(g.about(), List.of());
          };
      if (to.isEmpty()) {
        continue;
      }
      String key =
          g.kind() + ":" + g.audience() + ":" + g.about() + ":" + g.period() + ":" + g.day();
      notify.fire(fit(message(g, items, names, today, to, key)));
      sent++;
    }
    return new Summary(on.size(), owed.size(), sent);
  }

  /** A notification's body holds at most {@link #MAX_BODY} characters: a long list is cut. */
  static Notify fit(Notify n) {
    if (n.body().length() <= MAX_BODY) {
      return n;
    }
    String cut = n.body().substring(0, MAX_BODY - 40);
    cut = cut.substring(0, Math.max(cut.lastIndexOf('\n'), 0));
    return new Notify(
        n.recipients(),
        n.kind(),
        n.title(),
        cut + "\n… (the list goes on; see the overdue list)",
        n.link(),
        n.dedupKey(),
        n.attachments());
  }

  private static void add(Map<Group, List<Owed>> groups, Group g, Owed o) {
    groups.computeIfAbsent(g, x -> new ArrayList<>()).add(o);
  }

  private static Notify message(
      Group g,
      List<Owed> items,
      Map<UUID, String> names,
      LocalDate today,
      List<UUID> to,
      String key) {
    Owed first = items.get(0);
    Collaborative c = first.c();
    String month = MONTH.format(g.period().atDay(1));
    String org = names.get(first.team().organizationId);
    String due = DAY.format(first.due());
    long late = ChronoUnit.DAYS.between(first.due(), today);
    String data = "/collaboratives/" + c.id + "/metrics/data";
    String list = measureList(items);
    return switch (g.kind()) {
      case DUE_SOON ->
          new Notify(
              to,
              g.kind(),
              "Values for " + month + " are due on " + due,
              org
                  + "'s values for "
                  + month
                  + " in "
                  + c.title
                  + " are due on "
                  + due
                  + " and not reported yet:\n"
                  + list,
              data,
              key,
              List.of());
      case DUE_TODAY ->
          new Notify(
              to,
              g.kind(),
              "Values for " + month + " are due today",
              org
                  + "'s values for "
                  + month
                  + " in "
                  + c.title
                  + " are due today and not reported yet:\n"
                  + list,
              data,
              key,
              List.of());
      case OVERDUE ->
          new Notify(
              to,
              g.kind(),
              "Values for " + month + " are overdue",
              org
                  + "'s values for "
                  + month
                  + " in "
                  + c.title
                  + " were due on "
                  + due
                  + " and are not reported yet:\n"
                  + list
                  + "\nThey can be reported until "
                  + DAY.format(first.locks())
                  + ".",
              data,
              key,
              List.of());
      case LOCK_SOON ->
          new Notify(
              to,
              g.kind(),
              month + " locks on " + DAY.format(first.locks()),
              "Last notice: "
                  + org
                  + "'s values for "
                  + month
                  + " in "
                  + c.title
                  + " can be reported until "
                  + DAY.format(first.locks())
                  + "; after that the month locks and only the lead faculty can reopen it."
                  + " Still missing:\n"
                  + list,
              data,
              key,
              List.of());
      default ->
          g.audience().equals("leader")
              ? new Notify(
                  to,
                  ESCALATION,
                  org + "'s values for " + month + " are " + late + " days overdue",
                  org
                      + "'s values for "
                      + month
                      + " in "
                      + c.title
                      + " were due on "
                      + due
                      + " and are still not reported:\n"
                      + list
                      + "\nThe team's data contact and members have been reminded.",
                  data,
                  key,
                  List.of())
              : new Notify(
                  to,
                  ESCALATION,
                  teamCount(items) + " overdue for " + month + " in " + c.title,
                  "These teams have not reported their values for "
                      + month
                      + ", due on "
                      + due
                      + " ("
                      + late
                      + " days ago):\n"
                      + teamList(items, names),
                  "/collaboratives/" + c.id + "/metrics/completeness",
                  key,
                  List.of());
    };
  }

  private static String measureList(List<Owed> items) {
    return items.stream()
        .map(o -> o.m())
        .distinct()
        .sorted(Comparator.comparing(m -> m.key))
        .map(m -> "- " + m.name + " (" + m.key + ")")
        .collect(Collectors.joining("\n"));
  }

  private static String teamCount(List<Owed> items) {
    long n = items.stream().map(o -> o.team().id).distinct().count();
    return n == 1 ? "1 team" : n + " teams";
  }

  private static String teamList(List<Owed> items, Map<UUID, String> names) {
    Map<UUID, List<Owed>> byOrg =
        items.stream().collect(Collectors.groupingBy(o -> o.team().organizationId));
    return byOrg.entrySet().stream()
        .sorted(Comparator.comparing(e -> names.getOrDefault(e.getKey(), "").toLowerCase()))
        .map(
            e ->
                "- "
                    + names.get(e.getKey())
                    + ": "
                    + e.getValue().stream()
                        .map(o -> o.m().key)
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }

  // ---- by hand ---------------------------------------------------------------------------------

  /**
   * Lead faculty (and admins) send their message to the named teams, or to every team with a value
   * overdue today, with the list of what each still owes. Every call sends (no dedup key).
   */
  @Transactional
  public MetricReminderResult remind(Actor actor, UUID collaborativeId, MetricReminderInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireCoordinatorChange(actor, c.ref());
    String message = in.getMessage() == null ? "" : in.getMessage().trim();
    if (message.isEmpty()) {
      throw ApiException.invalid(List.of(Violation.body("message", "must not be blank")));
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<UUID, Team> enrolled =
        teams.ofCollaborative(c.id).stream()
            .collect(Collectors.toMap(t -> t.organizationId, Function.identity()));
    List<Owed> overdue =
        owed(List.of(c), today).stream().filter(o -> today.isAfter(o.due())).toList();
    Map<UUID, List<Owed>> owedBy =
        overdue.stream().collect(Collectors.groupingBy(o -> o.team().organizationId));
    List<Team> chosen = new ArrayList<>();
    if (in.getOrganizationIds() == null || in.getOrganizationIds().isEmpty()) {
      owedBy.keySet().forEach(org -> chosen.add(enrolled.get(org)));
    } else {
      for (UUID org : new LinkedHashSet<>(in.getOrganizationIds())) {
        Team t = enrolled.get(org);
        if (t == null) {
          throw ApiException.notFound("team", org);
        }
        chosen.add(t);
      }
    }
    TeamRecipients.Found people = recipients.of(chosen, today);
    String from = actor.displayName();
    List<UUID> reminded = new ArrayList<>();
    Set<UUID> told = new LinkedHashSet<>();
    for (Team t : chosen) {
      List<UUID> to = people.of(t);
      if (to.isEmpty()) {
        continue;
      }
      List<Owed> items = owedBy.getOrDefault(t.organizationId, List.of());
      String owes =
          items.isEmpty()
              ? "Nothing is overdue for your team right now."
              : "Still to report:\n"
                  + items.stream()
                      .sorted(Comparator.comparing(Owed::due).thenComparing(o -> o.m().key))
                      .map(
                          o ->
                              "- "
                                  + o.m().name
                                  + ", "
                                  + MONTH.format(o.period().atDay(1))
                                  + " (due "
                                  + DAY.format(o.due())
                                  + ")")
                      .collect(Collectors.joining("\n"));
      notify.fire(
          fit(
              new Notify(
                  to,
                  REMINDER,
                  "A reminder about your values for " + c.title,
                  (from == null ? "The lead faculty" : from)
                      + " writes:\n\n"
                      + message
                      + "\n\n"
                      + owes,
                  "/collaboratives/" + c.id + "/metrics/data")));
      reminded.add(t.organizationId);
      told.addAll(to);
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("organizationIds", reminded.stream().map(UUID::toString).toList());
    after.put("people", told.size());
    audit.record("metrics.reminded", Subject.collaborative(c.id), null, after, message);
    return new MetricReminderResult()
        .teams(reminded.size())
        .people(told.size())
        .organizationIds(reminded);
  }

  // ---- what is owed -----------------------------------------------------------------------------

  /**
   * Every value the teams of these collaboratives owe today: no value ever, the month not locked
   * for the team (after unlocks), from the collaborative's start (at most {@link
   * CompletenessService#MAX_PERIODS} months back) to the current month and its end.
   */
  List<Owed> owed(Collection<Collaborative> cs, LocalDate today) {
    if (cs.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = cs.stream().map(c -> c.id).toList();
    YearMonth last = YearMonth.from(today);
    YearMonth earliest = last.minusMonths(CompletenessService.MAX_PERIODS - 1);
    Map<UUID, List<Measure>> measuresOf =
        measures.ofCollaboratives(ids).stream()
            .collect(Collectors.groupingBy(m -> m.collaborativeId));
    Map<UUID, List<Team>> teamsOf =
        teams.ofCollaboratives(ids).stream().collect(Collectors.groupingBy(t -> t.collaborativeId));
    Set<Cell> reported = values.reported(ids, earliest, last);
    Map<UUID, Set<TeamPeriod>> unlocked = unlocks.unlocked(ids, today);
    List<Owed> out = new ArrayList<>();
    for (Collaborative c : cs) {
      YearMonth from =
          c.startDate != null && YearMonth.from(c.startDate).isAfter(earliest)
              ? YearMonth.from(c.startDate)
              : earliest;
      YearMonth to =
          c.endDate != null && YearMonth.from(c.endDate).isBefore(last)
              ? YearMonth.from(c.endDate)
              : last;
      Set<TeamPeriod> open = unlocked.getOrDefault(c.id, Set.of());
      for (Measure m : measuresOf.getOrDefault(c.id, List.of())) {
        for (YearMonth p = from; !p.isAfter(to); p = p.plusMonths(1)) {
          boolean pastLock = MetricValidation.isLocked(m, p, today);
          for (Team t : teamsOf.getOrDefault(c.id, List.of())) {
            if (reported.contains(new Cell(m.id, t.organizationId, p))
                || pastLock && !open.contains(new TeamPeriod(t.organizationId, p))) {
              continue;
            }
            out.add(
                new Owed(
                    c,
                    t,
                    m,
                    p,
                    CompletenessService.dueDate(m, p),
                    MetricValidation.lockDate(m, p)));
          }
        }
      }
    }
    return out;
  }
}
