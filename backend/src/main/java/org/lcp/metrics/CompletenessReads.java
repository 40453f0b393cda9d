package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The completeness and overdue reads, set-based in PostgreSQL and proportional to what they return:
 * a cell's first report is kept on the value at write time (V18), so no read re-aggregates the
 * revisions; the overdue cells are found among the few a team can still report (due, not locked or
 * unlocked) with an anti-join on the values' key, never by building the collaborative's matrix.
 *
 * <p>The teams (organisations and their names) are other packages' tables: they come in as arrays.
 */
@ApplicationScoped
class CompletenessReads {

  /** A cell still owed: its team, measure, month, due date and last day it can be reported. */
  record Missing(
      UUID organizationId,
      String organizationName,
      UUID measureId,
      String measureKey,
      String measureName,
      YearMonth period,
      LocalDate dueOn,
      LocalDate locksOn) {}

  /** A page of missing cells and how many there are in all. */
  record MissingPage(List<Missing> items, long total) {}

  private final EntityManager em;

  CompletenessReads(EntityManager em) {
    this.em = em;
  }

  /**
   * The cells of these teams that are overdue today (MISSING: due date passed, no value, not locked
   * for the team or unlocked) over the collaborative's months {@code from}..{@code to}: the
   * candidates are the months between due and lock of each measure, and the team months an unlock
   * reopened.
   */
  // native: generate_series and unnest of the teams, an anti-join on the values' primary key
  private static final String MISSING =
      "with t(id, name) as (select * from unnest(cast(:ids as uuid[]), cast(:names as text[]))), "
          + "g(period) as (select cast(d as date) from generate_series(cast(:from as timestamp), "
          + "cast(:to as timestamp), interval '1 month') d), "
          // the measures' months already due, with the last day each can be reported
          + "cell as materialized (select m.id as measure_id, m.key, m.name as measure_name, g.period, "
          + "cast(g.period + interval '1 month' as date) + (m.due_day - 1) as due, "
          + "cast(g.period + interval '1 month' as date) - 1 + m.lock_after_days as locks "
          + "from measure m cross join g where m.collaborative_id = :c "
          + "and cast(g.period + interval '1 month' as date) + (m.due_day - 1) < :today), "
          + "open as materialized (select * from cell where locks >= :today), "
          // every team's open months, and the locked months an unlock reopened for one team
          + "candidate as (select t.id as organization_id, t.name, open.* from open cross join t "
          + "union all select t.id, t.name, cell.* from period_unlock u join t on t.id = u.organization_id "
          + "join cell on cell.period = u.period where u.collaborative_id = :c and u.until >= :today "
          + "and cell.locks < :today), "
          // a probe of the value's key per candidate (the lateral LIMIT keeps it one): the planner,
          // which cannot estimate the candidates, would otherwise sort every value of the table
          + "missing as (select x.* from candidate x left join lateral (select 1 as found "
          + "from metric_value v where v.measure_id = x.measure_id and v.organization_id = "
          + "x.organization_id and v.period = x.period limit 1) f on true where f.found is null) ";

  /**
   * Per team with at least one overdue cell: how many it has, and how many of them are of {@code
   * measureId} (0 when none is given).
   */
  Map<UUID, int[]> missingPerTeam(
      UUID collaborativeId,
      Map<UUID, String> teams,
      YearMonth from,
      YearMonth to,
      LocalDate today,
      UUID measureId) {
    Map<UUID, int[]> out = new HashMap<>();
    if (teams.isEmpty()) {
      return out;
    }
    Query q =
        missing(
            MISSING
                + "select organization_id, count(*), count(*) filter (where measure_id = :focus) "
                + "from missing group by organization_id",
            collaborativeId,
            teams,
            from,
            to,
            today);
    q.setParameter("focus", measureId == null ? new UUID(0, 0) : measureId);
    for (Object r : q.getResultList()) {
      Object[] row = (Object[]) r;
      out.put(
          (UUID) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()});
    }
    return out;
  }

  /** A page of the overdue cells, longest overdue first, then by team name and measure key. */
  MissingPage missingPage(
      UUID collaborativeId,
      Map<UUID, String> teams,
      YearMonth from,
      YearMonth to,
      LocalDate today,
      int page,
      int size) {
    if (teams.isEmpty()) {
      return new MissingPage(List.of(), 0);
    }
    Query q =
        missing(
            MISSING
                + "select p.organization_id, p.name, p.measure_id, p.key, p.measure_name, p.period, "
                + "p.due, p.locks, (select count(*) from missing) from (select 1) one left join lateral "
                + "(select * from missing order by due, lower(name), key, organization_id, period "
                + "limit :limit offset :offset) p on true",
            collaborativeId,
            teams,
            from,
            to,
            today);
    q.setParameter("limit", size).setParameter("offset", (long) page * size);
    long total = 0;
    List<Missing> items = new java.util.ArrayList<>();
    for (Object r : q.getResultList()) {
      Object[] row = (Object[]) r;
      total = ((Number) row[8]).longValue();
      if (row[0] != null) {
        items.add(
            new Missing(
                (UUID) row[0],
                (String) row[1],
                (UUID) row[2],
                (String) row[3],
                (String) row[4],
                YearMonth.from(MetricValueRepository.date(row[5])),
                MetricValueRepository.date(row[6]),
                MetricValueRepository.date(row[7])));
      }
    }
    return new MissingPage(items, total);
  }

  private Query missing(
      String sql,
      UUID collaborativeId,
      Map<UUID, String> teams,
      YearMonth from,
      YearMonth to,
      LocalDate today) {
    UUID[] ids = teams.keySet().toArray(new UUID[0]);
    String[] names = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      names[i] = teams.get(ids[i]);
    }
    return em.createNativeQuery(sql)
        .setParameter("ids", ids)
        .setParameter("names", names)
        .setParameter("c", collaborativeId)
        .setParameter("from", from.atDay(1).atStartOfDay())
        .setParameter("to", to.atDay(1).atStartOfDay())
        .setParameter("today", today);
  }

  /**
   * When each value of these teams arrived first, for the collaborative's measures and the months
   * given: one index range per team and measure.
   */
  // native: reads the value table's first-report column over its primary key
  Map<Cell, Instant> firstReported(
      UUID collaborativeId, Collection<UUID> organizations, YearMonth from, YearMonth to) {
    Map<Cell, Instant> out = new HashMap<>();
    if (organizations.isEmpty()) {
      return out;
    }
    List<?> rows =
        em.createNativeQuery(
                "select v.measure_id, v.organization_id, v.period, v.first_reported_at "
                    + "from metric_value v join measure m on m.id = v.measure_id "
                    + "where m.collaborative_id = :c and v.organization_id = any(cast(:orgs as uuid[])) "
                    + "and v.period between :from and :to")
            .setParameter("c", collaborativeId)
            .setParameter("orgs", organizations.toArray(new UUID[0]))
            .setParameter("from", from.atDay(1))
            .setParameter("to", to.atDay(1))
            .getResultList();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      out.put(
          new Cell(
              (UUID) row[0], (UUID) row[1], YearMonth.from(MetricValueRepository.date(row[2]))),
          MetricValueRepository.instant(row[3]));
    }
    return out;
  }
}
