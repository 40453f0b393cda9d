package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.CompletenessRow;
import org.lcp.api.model.CompletenessState;
import org.lcp.api.model.CompletenessTeam;
import org.lcp.api.model.MetricCompleteness;
import org.lcp.api.model.OverdueMetric;
import org.lcp.api.model.OverdueMetricPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.MetricsPolicy;
import org.lcp.common.security.OrganizationScope;
import org.lcp.common.web.Paging;
import org.lcp.organization.OrganizationRepository;
import org.lcp.team.TeamRepository;

/**
 * Who has reported what: for every enrolled team, measure and period, whether a value arrived on
 * time, late, is still owed (overdue) or can no longer be reported (locked). Admins and faculty see
 * every team; members and data systems their own.
 */
@ApplicationScoped
public class CompletenessService {

  static final int MAX_PERIODS = 60;

  private final CollaborativeRepository collaboratives;
  private final TeamRepository teams;
  private final OrganizationRepository organizations;
  private final MeasureRepository measures;
  private final PeriodUnlockRepository unlocks;
  private final CompletenessReads reads;
  private final MetricsPolicy policy;

  public CompletenessService(
      CollaborativeRepository collaboratives,
      TeamRepository teams,
      OrganizationRepository organizations,
      MeasureRepository measures,
      PeriodUnlockRepository unlocks,
      CompletenessReads reads,
      MetricsPolicy policy) {
    this.collaboratives = collaboratives;
    this.teams = teams;
    this.organizations = organizations;
    this.measures = measures;
    this.unlocks = unlocks;
    this.reads = reads;
    this.policy = policy;
  }

  /** The day a period is due: its measure's due day of the following month. */
  static LocalDate dueDate(Measure m, YearMonth period) {
    return period.plusMonths(1).atDay(m.dueDay);
  }

  /**
   * The state of one cell.
   *
   * @param firstReported when a value first arrived, or null when none has
   * @param locked whether the period is locked for the team today (after any unlock)
   */
  static CompletenessState state(
      Measure m, YearMonth period, Instant firstReported, boolean locked, LocalDate today) {
    LocalDate due = dueDate(m, period);
    if (firstReported != null) {
      return firstReported.atZone(ZoneOffset.UTC).toLocalDate().isAfter(due)
          ? CompletenessState.LATE
          : CompletenessState.REPORTED;
    }
    if (!today.isAfter(due)) {
      return CompletenessState.NOT_DUE;
    }
    return locked ? CompletenessState.LOCKED : CompletenessState.MISSING;
  }

  /** The periods asked for, or the collaborative's periods so far; 400 when out of bounds. */
  static List<YearMonth> periods(Collaborative c, String from, String to, LocalDate today) {
    YearMonth current = YearMonth.from(today);
    YearMonth last =
        to != null
            ? YearMonth.parse(to)
            : c.endDate != null && YearMonth.from(c.endDate).isBefore(current)
                ? YearMonth.from(c.endDate)
                : current;
    if (last.isAfter(current)) {
      throw ApiException.invalid(
          List.of(Violation.query("to", "must not be after the current month (" + current + ")")));
    }
    YearMonth first;
    if (from != null) {
      first = YearMonth.parse(from);
    } else if (c.startDate != null && !YearMonth.from(c.startDate).isAfter(last)) {
      first = YearMonth.from(c.startDate);
      if (ChronoUnit.MONTHS.between(first, last) >= MAX_PERIODS) {
        first = last.minusMonths(MAX_PERIODS - 1);
      }
    } else {
      first = last.minusMonths(11);
    }
    if (first.isAfter(last)) {
      throw ApiException.invalid(
          List.of(Violation.query("from", "must not be after 'to' (" + last + ")")));
    }
    if (ChronoUnit.MONTHS.between(first, last) >= MAX_PERIODS) {
      throw ApiException.invalid(
          List.of(
              Violation.query("from", "at most " + MAX_PERIODS + " periods can be shown at once")));
    }
    List<YearMonth> periods = new ArrayList<>();
    for (YearMonth p = first; !p.isAfter(last); p = p.plusMonths(1)) {
      periods.add(p);
    }
    return periods;
  }

  /** What a completeness read asks for: whose, which months, which teams and measure, a page. */
  public record Query(
      UUID organizationId,
      String from,
      String to,
      String q,
      String measureKey,
      boolean overdueOnly,
      Integer page,
      Integer size) {

    /** One team's matrix over the default months. */
    public static Query ofTeam(UUID organizationId) {
      return new Query(organizationId, null, null, null, null, false, null, null);
    }
  }

  /**
   * A page of the matrix of the enrolled teams the actor sees (one organisation's when given), by
   * name: a fixed number of statements whatever the size of the collaborative, and the cells read
   * are the page's only.
   */
  @Transactional
  public MetricCompleteness matrix(Actor actor, UUID collaborativeId, Query query) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), query.organizationId());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<YearMonth> periods = periods(c, query.from(), query.to(), today);
    List<Measure> ms = measures.all(c.id);
    Measure focus = null;
    if (query.measureKey() != null) {
      focus =
          ms.stream()
              .filter(m -> m.key.equals(query.measureKey()))
              .findFirst()
              .orElseThrow(
                  () ->
                      ApiException.invalid(
                          List.of(
                              Violation.query(
                                  "measureKey",
                                  "the collaborative has no measure with the key '"
                                      + query.measureKey()
                                      + "'"))));
    }
    Map<UUID, String> names = enrolled(c, scope);
    YearMonth first = periods.get(0);
    YearMonth last = periods.get(periods.size() - 1);
    Map<UUID, int[]> missing =
        reads.missingPerTeam(c.id, names, first, last, today, focus == null ? null : focus.id);
    String text = query.q() == null ? "" : query.q().trim().toLowerCase(Locale.ROOT);
    boolean anyMeasure = focus == null;
    List<UUID> matching =
        MetricsMapper.sortedByName(names.keySet(), names).stream()
            .filter(o -> text.isEmpty() || names.get(o).toLowerCase(Locale.ROOT).contains(text))
            .filter(
                o ->
                    !query.overdueOnly()
                        || missing.containsKey(o) && (anyMeasure || missing.get(o)[1] > 0))
            .toList();
    Paging<UUID> shown = Slice.of(matching, query.page(), query.size());
    Map<Cell, Instant> firstReported = reads.firstReported(c.id, shown.items(), first, last);
    Set<TeamPeriod> unlocked = unlocks.unlocked(c.id, today);
    List<Measure> rowsOf = focus == null ? ms : List.of(focus);

    MetricCompleteness out =
        new MetricCompleteness()
            .today(today)
            .periods(periods.stream().map(YearMonth::toString).toList())
            .measures(ms.stream().map(MetricsMapper::toCompleteness).toList())
            .page(shown.page())
            .size(shown.size())
            .total(shown.total())
            .enrolled((long) names.size())
            .overdueTeams((long) missing.size())
            .teams(new ArrayList<>());
    for (UUID org : shown.items()) {
      int[] counts = new int[CompletenessState.values().length];
      List<CompletenessRow> rows = new ArrayList<>();
      for (Measure m : ms) {
        boolean shownRow = rowsOf.contains(m);
        List<CompletenessState> states = shownRow ? new ArrayList<>(periods.size()) : null;
        List<Boolean> locks = shownRow ? new ArrayList<>(periods.size()) : null;
        for (YearMonth p : periods) {
          boolean locked =
              MetricValidation.isLocked(m, p, today) && !unlocked.contains(new TeamPeriod(org, p));
          CompletenessState s =
              state(m, p, firstReported.get(new Cell(m.id, org, p)), locked, today);
          counts[s.ordinal()]++;
          if (shownRow) {
            states.add(s);
            locks.add(locked);
          }
        }
        if (shownRow) {
          rows.add(new CompletenessRow().measureKey(m.key).states(states).locked(locks));
        }
      }
      out.getTeams()
          .add(
              new CompletenessTeam()
                  .organizationId(org)
                  .organizationName(names.get(org))
                  .reported(counts[CompletenessState.REPORTED.ordinal()])
                  .late(counts[CompletenessState.LATE.ordinal()])
                  .missing(counts[CompletenessState.MISSING.ordinal()])
                  .locked(counts[CompletenessState.LOCKED.ordinal()])
                  .notDue(counts[CompletenessState.NOT_DUE.ordinal()])
                  .rows(rows));
    }
    return out;
  }

  /**
   * How many values each team the actor sees owes today (MISSING cells over the collaborative's
   * months so far); teams that owe none are absent. One statement.
   */
  @Transactional
  public Map<UUID, Integer> overdueCounts(Actor actor, UUID collaborativeId) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), null);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<YearMonth> periods = periods(c, null, null, today);
    Map<UUID, Integer> out = new HashMap<>();
    reads
        .missingPerTeam(
            c.id, enrolled(c, scope), periods.get(0), periods.get(periods.size() - 1), today, null)
        .forEach((org, n) -> out.put(org, n[0]));
    return out;
  }

  /**
   * The MISSING cells over the collaborative's periods so far, longest overdue first: found and
   * paged in PostgreSQL.
   */
  @Transactional
  public OverdueMetricPage overdue(
      Actor actor, UUID collaborativeId, UUID organizationId, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), organizationId);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<YearMonth> periods = periods(c, null, null, today);
    int p = page == null ? 0 : page;
    int s = size == null ? Paging.DEFAULT_SIZE : size;
    CompletenessReads.MissingPage found =
        reads.missingPage(
            c.id, enrolled(c, scope), periods.get(0), periods.get(periods.size() - 1), today, p, s);
    return new OverdueMetricPage()
        .items(
            found.items().stream()
                .map(
                    m ->
                        new OverdueMetric()
                            .organizationId(m.organizationId())
                            .organizationName(m.organizationName())
                            .measureKey(m.measureKey())
                            .measureName(m.measureName())
                            .period(m.period().toString())
                            .dueOn(m.dueOn())
                            .locksOn(m.locksOn())
                            .daysOverdue((int) ChronoUnit.DAYS.between(m.dueOn(), today)))
                .toList())
        .page(p)
        .size(s)
        .total(found.total());
  }

  /** The enrolled teams in {@code scope} with their names (two statements). */
  private Map<UUID, String> enrolled(Collaborative c, OrganizationScope scope) {
    List<UUID> ids = teams.organizationIds(c.id).stream().filter(scope::includes).toList();
    return organizations.names(ids);
  }
}
