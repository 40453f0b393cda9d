package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
  private final MetricValueRepository values;
  private final PeriodUnlockRepository unlocks;
  private final MetricsPolicy policy;

  public CompletenessService(
      CollaborativeRepository collaboratives,
      TeamRepository teams,
      OrganizationRepository organizations,
      MeasureRepository measures,
      MetricValueRepository values,
      PeriodUnlockRepository unlocks,
      MetricsPolicy policy) {
    this.collaboratives = collaboratives;
    this.teams = teams;
    this.organizations = organizations;
    this.measures = measures;
    this.values = values;
    this.unlocks = unlocks;
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

  /** The matrix of the enrolled teams the actor sees (one organisation's when given). */
  @Transactional
  public MetricCompleteness matrix(
      Actor actor, UUID collaborativeId, UUID organizationId, String from, String to) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), organizationId);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return matrix(c, measures.all(c.id), scope, periods(c, from, to, today), today);
  }

  /** The MISSING cells over the collaborative's periods so far, longest overdue first. */
  @Transactional
  public OverdueMetricPage overdue(
      Actor actor, UUID collaborativeId, UUID organizationId, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), organizationId);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Measure> ms = measures.all(c.id);
    MetricCompleteness matrix = matrix(c, ms, scope, periods(c, null, null, today), today);
    Map<String, Measure> byKey =
        ms.stream().collect(Collectors.toMap(m -> m.key, Function.identity()));
    List<OverdueMetric> all = new ArrayList<>();
    for (CompletenessTeam t : matrix.getTeams()) {
      for (CompletenessRow row : t.getRows()) {
        Measure m = byKey.get(row.getMeasureKey());
        for (int i = 0; i < row.getStates().size(); i++) {
          if (row.getStates().get(i) != CompletenessState.MISSING) {
            continue;
          }
          YearMonth p = YearMonth.parse(matrix.getPeriods().get(i));
          LocalDate due = dueDate(m, p);
          all.add(
              new OverdueMetric()
                  .organizationId(t.getOrganizationId())
                  .organizationName(t.getOrganizationName())
                  .measureKey(m.key)
                  .measureName(m.name)
                  .period(p.toString())
                  .dueOn(due)
                  .locksOn(MetricValidation.lockDate(m, p))
                  .daysOverdue((int) ChronoUnit.DAYS.between(due, today)));
        }
      }
    }
    all.sort(
        Comparator.comparing(OverdueMetric::getDueOn)
            .thenComparing(o -> o.getOrganizationName().toLowerCase())
            .thenComparing(OverdueMetric::getMeasureKey));
    Paging<OverdueMetric> result = Slice.of(all, page, size);
    return new OverdueMetricPage()
        .items(result.items())
        .page(result.page())
        .size(result.size())
        .total(result.total());
  }

  /**
   * Three set-based reads (the enrolled teams and their names, the first arrival of every value,
   * the unlocks), classified in memory.
   */
  private MetricCompleteness matrix(
      Collaborative c,
      List<Measure> ms,
      OrganizationScope scope,
      List<YearMonth> periods,
      LocalDate today) {
    List<UUID> enrolled = teams.organizationIds(c.id).stream().filter(scope::includes).toList();
    Map<UUID, String> names = organizations.names(enrolled);
    Map<Cell, Instant> first =
        values.firstReported(c.id, periods.get(0), periods.get(periods.size() - 1), scope);
    Set<TeamPeriod> unlocked = unlocks.unlocked(c.id, today);

    MetricCompleteness out =
        new MetricCompleteness()
            .today(today)
            .periods(periods.stream().map(YearMonth::toString).toList())
            .measures(ms.stream().map(MetricsMapper::toCompleteness).toList())
            .teams(new ArrayList<>());
    for (UUID org : MetricsMapper.sortedByName(enrolled, names)) {
      int[] counts = new int[CompletenessState.values().length];
      List<CompletenessRow> rows = new ArrayList<>();
      for (Measure m : ms) {
        List<CompletenessState> states = new ArrayList<>(periods.size());
        List<Boolean> locks = new ArrayList<>(periods.size());
        for (YearMonth p : periods) {
          boolean locked =
              MetricValidation.isLocked(m, p, today) && !unlocked.contains(new TeamPeriod(org, p));
          CompletenessState s = state(m, p, first.get(new Cell(m.id, org, p)), locked, today);
          states.add(s);
          locks.add(locked);
          counts[s.ordinal()]++;
        }
        rows.add(new CompletenessRow().measureKey(m.key).states(states).locked(locks));
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
}
