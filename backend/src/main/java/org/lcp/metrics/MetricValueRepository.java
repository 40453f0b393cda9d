package org.lcp.metrics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.lcp.common.security.Filter;
import org.lcp.common.security.OrganizationScope;
import org.postgresql.PGConnection;

/**
 * Reported values and their revisions: read by entity where one value at a time will do, and
 * set-based where a read or a write covers a whole collaborative (the upload's COPY and upsert, the
 * "as of" reads and the first arrivals of every value).
 */
@ApplicationScoped
public class MetricValueRepository implements PanacheRepositoryBase<MetricValue, MetricValue.Key> {

  /** What a list or an export asks for besides whose values: a measure, months, an instant. */
  record Criteria(
      UUID collaborativeId, String measureKey, YearMonth from, YearMonth to, Instant asOf) {}

  /** A value as listed and exported. */
  record Listed(
      UUID organizationId,
      String measureKey,
      YearMonth period,
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator,
      ValueSource source,
      Instant updatedAt) {}

  /** A value on a run chart. */
  record Point(
      UUID measureId,
      UUID organizationId,
      YearMonth period,
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator) {}

  /** What the rows of an upload do: create a value, change one, or repeat it. */
  record Counts(int created, int updated, int unchanged) {

    static final Counts NONE = new Counts(0, 0, 0);
  }

  /** Whether any value was reported for the measure. */
  /** How many values were reported under each of these measures (one query; 0 when none). */
  Map<UUID, Long> countsOf(Collection<UUID> measureIds) {
    Map<UUID, Long> counts = new HashMap<>();
    measureIds.forEach(id -> counts.put(id, 0L));
    if (measureIds.isEmpty()) {
      return counts;
    }
    getEntityManager()
        .createQuery(
            "select v.id.measureId, count(v) from MetricValue v where v.id.measureId in :ids "
                + "group by v.id.measureId",
            Object[].class)
        .setParameter("ids", measureIds)
        .getResultList()
        .forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
    return counts;
  }

  // ---- reads ------------------------------------------------------------------------------------

  /**
   * A page of the values (or of the values as they were at {@code asOf}), by organisation, measure
   * and month.
   */
  List<Listed> page(Criteria c, OrganizationScope scope, int page, int size) {
    Query q =
        listQuery(
            c,
            scope,
            "select " + LISTED + " from ",
            "",
            " order by v.organization_id, m.key, v.period " + "limit :limit offset :offset");
    q.setParameter("limit", size).setParameter("offset", page * size);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(MetricValueRepository::listed).toList();
  }

  /**
   * How many values the criteria select: from the tally the database keeps per measure and team
   * (V20; at most teams x measures rows) when no month or instant narrows the list, else counted.
   */
  long count(Criteria c, OrganizationScope scope) {
    if (c.from() == null && c.to() == null && c.asOf() == null) {
      return tally(c, scope);
    }
    return ((Number) listQuery(c, scope, "select count(*) from ", "", "").getSingleResult())
        .longValue();
  }

  // native: the tally table has no entity; the database's triggers keep it
  private long tally(Criteria c, OrganizationScope scope) {
    Filter whose = scope.where("t.organization_id");
    Query q =
        getEntityManager()
            .createNativeQuery(
                "select coalesce(sum(t.n), 0) from metric_value_tally t join measure m "
                    + "on m.id = t.measure_id where m.collaborative_id = :c and "
                    + whose.jpql()
                    + (c.measureKey() != null ? " and m.key = :key" : ""));
    q.setParameter("c", c.collaborativeId());
    whose.params().forEach(q::setParameter);
    if (c.measureKey() != null) {
      q.setParameter("key", c.measureKey());
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  /**
   * Every value of the criteria, streamed, by organisation name (from {@code names}, passed in as
   * arrays: organisations are not this package's table), organisation, measure key and month.
   */
  Stream<Listed> export(Criteria c, OrganizationScope scope, Map<UUID, String> names) {
    UUID[] ids = names.keySet().toArray(new UUID[0]);
    String[] texts = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      texts[i] = names.get(ids[i]);
    }
    Query q =
        listQuery(
            c,
            scope,
            "select " + LISTED + " from ",
            " left join unnest(cast(:orgIds as uuid[]), cast(:orgNames as text[])) as o(id, name) on o.id = v.organization_id",
            " order by lower(o.name), v.organization_id, m.key, v.period");
    q.setParameter("orgIds", ids).setParameter("orgNames", texts);
    q.setHint("org.hibernate.fetchSize", 1000);
    @SuppressWarnings("unchecked")
    Stream<Object[]> rows = q.getResultStream();
    return rows.map(MetricValueRepository::listed);
  }

  /**
   * Every value of the criteria (as of its instant, when it has one) as a run chart's point, in no
   * particular order, streamed: the same "as of" read as the list and the export, without their
   * names and ordering.
   */
  Stream<Point> snapshot(Criteria c, OrganizationScope scope) {
    Query q =
        listQuery(
            c,
            scope,
            "select v.measure_id, v.organization_id, v.period, v.value, v.numerator, v.denominator from ",
            "",
            "");
    q.setHint("org.hibernate.fetchSize", 5000);
    @SuppressWarnings("unchecked")
    Stream<Object[]> rows = q.getResultStream();
    return rows.map(
        r ->
            new Point(
                (UUID) r[0],
                (UUID) r[1],
                YearMonth.from(date(r[2])),
                (BigDecimal) r[3],
                (BigDecimal) r[4],
                (BigDecimal) r[5]));
  }

  private static final String LISTED =
      "v.organization_id, m.key, v.period, v.value, v.numerator, v.denominator, "
          + "v.source, v.at";

  private static Listed listed(Object[] r) {
    return new Listed(
        (UUID) r[0],
        (String) r[1],
        YearMonth.from(date(r[2])),
        (BigDecimal) r[3],
        (BigDecimal) r[4],
        (BigDecimal) r[5],
        ValueSource.valueOf((String) r[6]),
        instant(r[7]));
  }

  // native: "as of" reads take each value's latest revision with DISTINCT ON, a set-based
  // PostgreSQL read
  // native: "as of" reads take the latest revision per cell with DISTINCT ON, which JPQL lacks
  private Query listQuery(
      Criteria c, OrganizationScope scope, String select, String join, String tail) {
    Filter whose = scope.where("v.organization_id");
    String source =
        c.asOf() == null
            ? "select measure_id, organization_id, period, value, numerator, denominator, source, updated_at as at "
                + "from metric_value"
            : "select distinct on (measure_id, organization_id, period) measure_id, organization_id, period, "
                + "new_value as value, new_numerator as numerator, new_denominator as denominator, source, at "
                + "from metric_value_revision where at <= :asOf "
                // the collaborative's revisions only, before they are sorted (not every one there
                // is)
                + "and measure_id in (select id from measure where collaborative_id = :c)"
                + (c.from() != null ? " and period >= :from" : "")
                + (c.to() != null ? " and period <= :to" : "")
                + " order by measure_id, organization_id, period, at desc, id desc";
    StringBuilder where =
        new StringBuilder(" where m.collaborative_id = :c and ").append(whose.jpql());
    if (c.measureKey() != null) {
      where.append(" and m.key = :key");
    }
    if (c.from() != null) {
      where.append(" and v.period >= :from");
    }
    if (c.to() != null) {
      where.append(" and v.period <= :to");
    }
    Query q =
        getEntityManager()
            .createNativeQuery(
                select
                    + "("
                    + source
                    + ") v join measure m on m.id = v.measure_id"
                    + join
                    + where
                    + tail);
    q.setParameter("c", c.collaborativeId());
    whose.params().forEach(q::setParameter);
    if (c.asOf() != null) {
      q.setParameter("asOf", Timestamp.from(c.asOf()));
    }
    if (c.measureKey() != null) {
      q.setParameter("key", c.measureKey());
    }
    if (c.from() != null) {
      q.setParameter("from", c.from().atDay(1));
    }
    if (c.to() != null) {
      q.setParameter("to", c.to().atDay(1));
    }
    return q;
  }

  /**
   * The values of these measures in {@code scope}, by organisation and month. Native SQL with the
   * month as a number: reading a date column through the driver builds a calendar per row, which
   * was most of a measure chart's time at 200 teams.
   */
  List<Point> points(Collection<UUID> measureIds, OrganizationScope scope) {
    if (measureIds.isEmpty()) {
      return List.of();
    }
    Filter whose = scope.where("v.organization_id");
    var q =
        getEntityManager()
            .createNativeQuery(
                "select v.measure_id, v.organization_id, "
                    + "(extract(year from v.period) * 12 + extract(month from v.period) - 1)::int, "
                    + "v.value, v.numerator, v.denominator from metric_value v "
                    + "where v.measure_id in (:measures) and "
                    + whose.jpql()
                    + " order by v.organization_id, v.period",
                Object[].class);
    q.setParameter("measures", measureIds);
    whose.params().forEach(q::setParameter);
    List<Object[]> rows = q.getResultList();
    List<Point> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      int month = ((Number) r[2]).intValue();
      out.add(
          new Point(
              (UUID) r[0],
              (UUID) r[1],
              YearMonth.of(month / 12, month % 12 + 1),
              (BigDecimal) r[3],
              (BigDecimal) r[4],
              (BigDecimal) r[5]));
    }
    return out;
  }

  /** One month of a measure pooled over every team that reported it. */
  record Pooled(
      UUID measureId,
      YearMonth period,
      int teams,
      BigDecimal sum,
      BigDecimal numerator,
      BigDecimal denominator,
      double median) {}

  /**
   * The pooled months of these measures, aggregated in PostgreSQL (how many teams reported, the
   * sums and the median of the teams' values): one statement, one row per measure and month,
   * however many teams and months. {@link RunChartService} turns a row into a point: the ratio of
   * the sums for a proportion, the sum over the teams that reported for a count or a mean (never
   * the bare sum, which falls whenever a team stops reporting), and n of the enrolled teams.
   */
  // native: percentile_cont, an ordered-set aggregate JPQL lacks
  List<Pooled> pooled(Collection<UUID> measureIds) {
    if (measureIds.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select v.measure_id, v.period, count(*), sum(v.value), sum(v.numerator), "
                    + "sum(v.denominator), percentile_cont(0.5) within group (order by v.value) "
                    + "from metric_value v where v.measure_id = any(cast(:measures as uuid[])) "
                    + "group by v.measure_id, v.period order by v.measure_id, v.period")
            .setParameter("measures", measureIds.toArray(new UUID[0]))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Pooled(
                    (UUID) r[0],
                    YearMonth.from(date(r[1])),
                    ((Number) r[2]).intValue(),
                    (BigDecimal) r[3],
                    r[4] == null ? BigDecimal.ZERO : (BigDecimal) r[4],
                    r[5] == null ? BigDecimal.ZERO : (BigDecimal) r[5],
                    ((Number) r[6]).doubleValue()))
        .toList();
  }

  /**
   * The cells of the measures' collaboratives that have ever had a value between two periods (the
   * moment a value lands, by upload or otherwise, its cell counts as reported), in one query.
   */
  Set<Cell> reported(Collection<UUID> collaborativeIds, YearMonth from, YearMonth to) {
    if (collaborativeIds.isEmpty()) {
      return Set.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select distinct r.measure_id, r.organization_id, r.period "
                    + "from metric_value_revision r join measure m on m.id = r.measure_id "
                    + "where m.collaborative_id in (:c) and r.period between :from and :to")
            .setParameter("c", collaborativeIds)
            .setParameter("from", from.atDay(1))
            .setParameter("to", to.atDay(1))
            .getResultList();
    Set<Cell> out = new HashSet<>(rows.size() * 2);
    for (Object[] r : rows) {
      out.add(new Cell((UUID) r[0], (UUID) r[1], YearMonth.from(date(r[2]))));
    }
    return out;
  }

  // ---- the upload's write -----------------------------------------------------------------------

  /**
   * A staging table for one upload's accepted rows, filled a chunk at a time (COPY) within the
   * request's transaction and dropped at its end; {@link Staging#finish} counts what the rows
   * create, change and repeat and, when asked to, revises and upserts the values in two statements.
   */
  Staging staging(int longStatementSeconds) {
    Staging staging = new Staging(getEntityManager().unwrap(Session.class));
    staging.allowLongStatements(longStatementSeconds);
    return staging;
  }

  /** See {@link #staging}; closing it gives the connection its own socket timeout back. */
  static final class Staging implements AutoCloseable {
    private final Session session;
    private boolean created;
    private int rows;

    private Staging(Session session) {
      this.session = session;
    }

    private Integer networkTimeout;

    /**
     * An upload is the one operation allowed to run long: its statements and socket reads get
     * {@code seconds} instead of the pool's short defaults (which make every other request fail
     * fast on a stalled database). {@link #close} puts the connection back as it was.
     */
    private void allowLongStatements(int seconds) {
      session.doWork(
          conn -> {
            networkTimeout = conn.getNetworkTimeout();
            conn.setNetworkTimeout(Runnable::run, seconds * 1000);
            try (Statement st = conn.createStatement()) {
              st.execute("set local statement_timeout = " + seconds * 1000);
            }
          });
    }

    /** The connection's own socket timeout again, before it goes back to the pool. */
    @Override
    public void close() {
      if (networkTimeout != null) {
        int previous = networkTimeout;
        networkTimeout = null;
        session.doWork(conn -> conn.setNetworkTimeout(Runnable::run, previous));
      }
    }

    /** Copies these accepted rows into the staging table. */
    // native: COPY into a temporary table, one statement per chunk, not per row
    void copy(List<MetricValidation.Accepted> chunk) {
      if (chunk.isEmpty()) {
        return;
      }
      session.doWork(
          conn -> {
            if (!created) {
              try (Statement s = conn.createStatement()) {
                s.execute(
                    "create temp table metric_staging (measure_id uuid, organization_id uuid, "
                        + "period date, value numeric, numerator numeric, denominator numeric) "
                        + "on commit drop");
              }
              created = true;
            }
            StringBuilder copy = new StringBuilder(chunk.size() * 120);
            for (MetricValidation.Accepted a : chunk) {
              copy.append(a.measureId())
                  .append('\t')
                  .append(a.organizationId())
                  .append('\t')
                  .append(a.period())
                  .append('\t')
                  .append(text(a.value()))
                  .append('\t')
                  .append(text(a.numerator()))
                  .append('\t')
                  .append(text(a.denominator()))
                  .append('\n');
            }
            try {
              conn.unwrap(PGConnection.class)
                  .getCopyAPI()
                  .copyIn("copy metric_staging from stdin", new StringReader(copy.toString()));
            } catch (IOException e) {
              throw new SQLException(e);
            }
          });
      rows += chunk.size();
    }

    /** Counts the staged rows' effect and, when {@code write}, applies it; drops the table. */
    // native: INSERT … SELECT … ON CONFLICT over the staging table: one statement per step
    Counts finish(boolean write, ValueSource source, String actor) {
      if (rows == 0) {
        return Counts.NONE;
      }
      return session.doReturningWork(
          conn -> MetricValueRepository.finish(conn, write, source, actor));
    }
  }

  private static Counts finish(Connection conn, boolean write, ValueSource source, String actor)
      throws SQLException {
    Counts counts;
    String join =
        " from metric_staging s left join metric_value v on v.measure_id = s.measure_id"
            + " and v.organization_id = s.organization_id and v.period = s.period";
    String changed =
        "(v.value, v.numerator, v.denominator) is distinct from (s.value, s.numerator, s.denominator)";
    try (Statement s = conn.createStatement();
        ResultSet r =
            s.executeQuery(
                "select count(*) filter (where v.measure_id is null), "
                    + "count(*) filter (where v.measure_id is not null and "
                    + changed
                    + "), "
                    + "count(*) filter (where v.measure_id is not null and not "
                    + changed
                    + ")"
                    + join)) {
      r.next();
      counts = new Counts(r.getInt(1), r.getInt(2), r.getInt(3));
    }
    if (write) {
      Timestamp now = Timestamp.from(Instant.now());
      try (PreparedStatement revise =
          conn.prepareStatement(
              "insert into metric_value_revision (measure_id, "
                  + "organization_id, period, old_value, old_numerator, old_denominator, new_value, new_numerator, "
                  + "new_denominator, source, actor, at) select s.measure_id, s.organization_id, s.period, v.value, "
                  + "v.numerator, v.denominator, s.value, s.numerator, s.denominator, ?, ?, ?"
                  + join
                  + " where v.measure_id is null or "
                  + changed)) {
        revise.setString(1, source.name());
        revise.setString(2, actor);
        revise.setTimestamp(3, now);
        revise.executeUpdate();
      }
      try (PreparedStatement upsert =
          conn.prepareStatement(
              "insert into metric_value (measure_id, organization_id, "
                  + "period, value, numerator, denominator, source, updated_by, updated_at, first_reported_at) "
                  + "select measure_id, organization_id, period, value, numerator, denominator, ?, ?, ?, ? "
                  + "from metric_staging "
                  + "on conflict (measure_id, organization_id, period) do update set value = excluded.value, "
                  + "numerator = excluded.numerator, denominator = excluded.denominator, source = excluded.source, "
                  + "updated_by = excluded.updated_by, updated_at = excluded.updated_at "
                  + "where (metric_value.value, metric_value.numerator, metric_value.denominator) "
                  + "is distinct from (excluded.value, excluded.numerator, excluded.denominator)")) {
        upsert.setString(1, source.name());
        upsert.setString(2, actor);
        upsert.setTimestamp(3, now);
        upsert.setTimestamp(4, now); // a value's first arrival: kept as it was on a change
        upsert.executeUpdate();
      }
    }
    try (Statement s = conn.createStatement()) {
      s.execute("drop table metric_staging");
    }
    return counts;
  }

  private static String text(BigDecimal v) {
    return v == null ? "\\N" : v.toPlainString();
  }

  /**
   * A native query's date column, as the driver hands it (also read by {@link CompletenessReads}).
   */
  static LocalDate date(Object o) {
    return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
  }

  static Instant instant(Object o) {
    return o instanceof Instant i ? i : ((Timestamp) o).toInstant();
  }
}
