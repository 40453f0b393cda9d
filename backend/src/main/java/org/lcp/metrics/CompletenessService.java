package org.lcp.metrics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lcp.api.model.CompletenessMeasure;
import org.lcp.api.model.CompletenessRow;
import org.lcp.api.model.CompletenessState;
import org.lcp.api.model.CompletenessTeam;
import org.lcp.api.model.MetricCompleteness;
import org.lcp.api.model.OverdueMetric;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.web.Paging;

/**
 * Who has reported what: for every enrolled team, measure and period, whether a value arrived on
 * time, late, is still owed (overdue) or can no longer be reported (locked). Read in three set-based
 * queries (teams, first arrival of every value from the revisions, unlocks) and classified in memory.
 */
@ApplicationScoped
public class CompletenessService {

  static final int MAX_PERIODS = 60;

  private final EntityManager em;
  private final MeasureService measures;
  private final PeriodUnlockService unlocks;

  public CompletenessService(EntityManager em, MeasureService measures, PeriodUnlockService unlocks) {
    this.em = em;
    this.measures = measures;
    this.unlocks = unlocks;
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
  static CompletenessState state(Measure m, YearMonth period, Instant firstReported, boolean locked, LocalDate today) {
    LocalDate due = dueDate(m, period);
    if (firstReported != null) {
      return firstReported.atZone(ZoneOffset.UTC).toLocalDate().isAfter(due) ? CompletenessState.LATE
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
    YearMonth last = to != null ? YearMonth.parse(to)
        : c.endDate != null && YearMonth.from(c.endDate).isBefore(current) ? YearMonth.from(c.endDate) : current;
    if (last.isAfter(current)) {
      throw ApiException.invalid(List.of(Violation.query("to", "must not be after the current month (" + current
          + ")")));
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
      throw ApiException.invalid(List.of(Violation.query("from", "must not be after 'to' (" + last + ")")));
    }
    if (ChronoUnit.MONTHS.between(first, last) >= MAX_PERIODS) {
      throw ApiException.invalid(List.of(Violation.query("from", "at most " + MAX_PERIODS
          + " periods can be shown at once")));
    }
    List<YearMonth> periods = new ArrayList<>();
    for (YearMonth p = first; !p.isAfter(last); p = p.plusMonths(1)) {
      periods.add(p);
    }
    return periods;
  }

  private record TeamRef(UUID organizationId, String name) {
  }

  /** The matrix for the enrolled teams (only {@code organizations} when not null). */
  @Transactional
  public MetricCompleteness matrix(Collaborative c, Set<UUID> organizations, String from, String to) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<YearMonth> periods = periods(c, from, to, today);
    List<Measure> ms = measures.all(c.id);
    List<TeamRef> teams = teams(c.id, organizations);
    Map<String, Instant> first = firstReported(c.id, periods.get(0), periods.get(periods.size() - 1));
    Set<String> unlocked = unlocks.unlocked(c.id, today);

    MetricCompleteness out = new MetricCompleteness().today(today)
        .periods(periods.stream().map(YearMonth::toString).toList())
        .measures(ms.stream().map(m -> new CompletenessMeasure().id(m.id).key(m.key).name(m.name).type(m.type)
            .dueDay(m.dueDay).lockAfterDays(m.lockAfterDays)).toList())
        .teams(new ArrayList<>());
    for (TeamRef t : teams) {
      int[] counts = new int[CompletenessState.values().length];
      List<CompletenessRow> rows = new ArrayList<>();
      for (Measure m : ms) {
        List<CompletenessState> states = new ArrayList<>(periods.size());
        List<Boolean> locks = new ArrayList<>(periods.size());
        for (YearMonth p : periods) {
          boolean locked = MetricValidation.isLocked(m, p, today) && !unlocked.contains(t.organizationId() + "/" + p);
          CompletenessState s = state(m, p, first.get(m.id + "/" + t.organizationId() + "/" + p), locked, today);
          states.add(s);
          locks.add(locked);
          counts[s.ordinal()]++;
        }
        rows.add(new CompletenessRow().measureKey(m.key).states(states).locked(locks));
      }
      out.getTeams().add(new CompletenessTeam().organizationId(t.organizationId()).organizationName(t.name())
          .reported(counts[CompletenessState.REPORTED.ordinal()]).late(counts[CompletenessState.LATE.ordinal()])
          .missing(counts[CompletenessState.MISSING.ordinal()]).locked(counts[CompletenessState.LOCKED.ordinal()])
          .notDue(counts[CompletenessState.NOT_DUE.ordinal()]).rows(rows));
    }
    return out;
  }

  /** The MISSING cells over the collaborative's periods so far, longest overdue first. */
  @Transactional
  public Paging<OverdueMetric> overdue(Collaborative c, Set<UUID> organizations, int page, int size) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    MetricCompleteness matrix = matrix(c, organizations, null, null);
    Map<String, Measure> byKey = new HashMap<>();
    measures.all(c.id).forEach(m -> byKey.put(m.key, m));
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
          all.add(new OverdueMetric().organizationId(t.getOrganizationId()).organizationName(t.getOrganizationName())
              .measureKey(m.key).measureName(m.name).period(p.toString()).dueOn(due)
              .locksOn(MetricValidation.lockDate(m, p)).daysOverdue((int) ChronoUnit.DAYS.between(due, today)));
        }
      }
    }
    all.sort(Comparator.comparing(OverdueMetric::getDueOn).thenComparing(o -> o.getOrganizationName().toLowerCase())
        .thenComparing(OverdueMetric::getMeasureKey));
    int fromIndex = Math.min(all.size(), page * size);
    return new Paging<>(all.subList(fromIndex, Math.min(all.size(), fromIndex + size)), page, size, all.size());
  }

  /** Whether the organisation is enrolled in the collaborative. */
  @Transactional
  public boolean enrolled(UUID collaborativeId, UUID organizationId) {
    return ((Number) em.createNativeQuery("select count(*) from team where collaborative_id = ?1 "
            + "and organization_id = ?2").setParameter(1, collaborativeId).setParameter(2, organizationId)
        .getSingleResult()).longValue() > 0;
  }

  private List<TeamRef> teams(UUID collaborativeId, Set<UUID> organizations) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select o.id, o.name from team t join organization o "
            + "on o.id = t.organization_id where t.collaborative_id = ?1 order by lower(o.name), o.id")
        .setParameter(1, collaborativeId).getResultList();
    return rows.stream().map(r -> new TeamRef((UUID) r[0], (String) r[1]))
        .filter(t -> organizations == null || organizations.contains(t.organizationId())).toList();
  }

  /** "measureId/organizationId/yyyy-mm" → when its first value arrived. */
  private Map<String, Instant> firstReported(UUID collaborativeId, YearMonth from, YearMonth to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select r.measure_id, r.organization_id, r.period, min(r.at) "
            + "from metric_value_revision r join measure m on m.id = r.measure_id where m.collaborative_id = ?1 "
            + "and r.period between ?2 and ?3 group by r.measure_id, r.organization_id, r.period")
        .setParameter(1, collaborativeId).setParameter(2, from.atDay(1)).setParameter(3, to.atDay(1))
        .getResultList();
    Map<String, Instant> first = new HashMap<>(rows.size() * 2);
    for (Object[] r : rows) {
      LocalDate period = r[2] instanceof LocalDate d ? d : ((Date) r[2]).toLocalDate();
      Instant at = r[3] instanceof Instant i ? i : ((Timestamp) r[3]).toInstant();
      first.put(r[0] + "/" + r[1] + "/" + YearMonth.from(period), at);
    }
    return first;
  }
}
