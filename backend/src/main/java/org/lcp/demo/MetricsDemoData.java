package org.lcp.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.lcp.api.model.Measure;
import org.lcp.api.model.MeasureInput;
import org.lcp.api.model.MeasureType;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.security.Actor;
import org.lcp.metrics.MeasureService;
import org.lcp.metrics.ValueSource;
import org.lcp.organization.Organization;

/**
 * Core Data Set history for the running demo collaborative. Measures are defined through the
 * service; the months of values are history, so they are written as they would have arrived then
 * (each with its revision, on time or late), which an upload today could not do for locked periods.
 *
 * <p>Riverside reports every measure from eight baseline months before the start up to two months
 * ago, and its screening rate shifts up in the last eight of them (a run-chart shift); last month
 * is still owed. Lakeside stopped reporting five months ago: the months since are locked or owed,
 * and a few of its earlier values came in late.
 */
@ApplicationScoped
public class MetricsDemoData {

  private final MeasureService measures;
  private final EntityManager em;

  public MetricsDemoData(MeasureService measures, EntityManager em) {
    this.measures = measures;
    this.em = em;
  }

  void load(Collaborative c, Organization riverside, Organization lakeside, LocalDate today) {
    Measure screened =
        measure(
            c,
            new MeasureInput()
                .key("screened")
                .name("Children screened for trauma at intake")
                .definition(
                    "Children who completed a standardised trauma screen at intake, over children taken in.")
                .type(MeasureType.PROPORTION)
                .unit("children")
                .direction(MeasureInput.DirectionEnum.INCREASE)
                .target(0.9));
    Measure active =
        measure(
            c,
            new MeasureInput()
                .key("active-cases")
                .name("Families in CPP treatment")
                .definition("Families with at least one CPP session in the month.")
                .type(MeasureType.COUNT)
                .unit("families")
                .direction(MeasureInput.DirectionEnum.INCREASE));
    Measure sessions =
        measure(
            c,
            new MeasureInput()
                .key("sessions-per-case")
                .name("CPP sessions per family")
                .definition("Mean number of CPP sessions per active family in the month.")
                .type(MeasureType.MEAN)
                .unit("sessions")
                .direction(MeasureInput.DirectionEnum.INCREASE));
    Measure dropout =
        measure(
            c,
            new MeasureInput()
                .key("dropout")
                .name("Families who left treatment early")
                .definition(
                    "Families who ended treatment before the planned end, over families who ended treatment.")
                .type(MeasureType.PROPORTION)
                .unit("families")
                .direction(MeasureInput.DirectionEnum.DECREASE)
                .target(0.1));

    YearMonth now = YearMonth.from(today);
    YearMonth first = YearMonth.from(c.startDate).minusMonths(8);
    Random random = new Random(2026);
    int month = 0;
    for (YearMonth p = first; !p.isAfter(now.minusMonths(2)); p = p.plusMonths(1), month++) {
      boolean improved = !p.isBefore(now.minusMonths(9));
      int taken = 18 + random.nextInt(8);
      int screenedCount =
          (int)
              Math.round(
                  taken
                      * (improved
                          ? 0.78 + random.nextDouble() * 0.12
                          : 0.52 + random.nextDouble() * 0.14));
      proportion(screened, riverside, p, screenedCount, taken, false);
      count(active, riverside, p, 30 + month + random.nextInt(5), false);
      mean(sessions, riverside, p, 2.5 + random.nextDouble() * 1.5, false);
      int ended = 6 + random.nextInt(4);
      proportion(dropout, riverside, p, random.nextInt(3), ended, false);

      if (p.isBefore(now.minusMonths(4))) {
        boolean late = month % 4 == 3;
        int lakeTaken = 10 + random.nextInt(6);
        proportion(
            screened,
            lakeside,
            p,
            (int) Math.round(lakeTaken * (0.45 + random.nextDouble() * 0.2)),
            lakeTaken,
            late);
        count(active, lakeside, p, 14 + random.nextInt(6), late);
        mean(sessions, lakeside, p, 2 + random.nextDouble(), late);
        int lakeEnded = 3 + random.nextInt(4);
        proportion(dropout, lakeside, p, 1 + random.nextInt(2), lakeEnded, late);
      }
    }
  }

  /** The archived collaborative's one measure (it passed the setup checklist on its way). */
  void archivedMeasure(Collaborative c) {
    measure(
        c,
        new MeasureInput()
            .key("completed-treatment")
            .name("Adolescents who completed SPARCS")
            .definition("Adolescents who attended at least 12 of the 16 group sessions.")
            .type(MeasureType.COUNT)
            .unit("adolescents")
            .direction(MeasureInput.DirectionEnum.INCREASE));
  }

  private Measure measure(Collaborative c, MeasureInput in) {
    return measures.create(Actor.system(), c.id, in).body();
  }

  private void count(Measure m, Organization o, YearMonth p, int value, boolean late) {
    write(m, o, p, BigDecimal.valueOf(value), null, null, late);
  }

  private void mean(Measure m, Organization o, YearMonth p, double value, boolean late) {
    write(m, o, p, BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), null, null, late);
  }

  private void proportion(
      Measure m, Organization o, YearMonth p, int numerator, int denominator, boolean late) {
    write(
        m,
        o,
        p,
        BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP),
        BigDecimal.valueOf(numerator),
        BigDecimal.valueOf(denominator),
        late);
  }

  /**
   * The value as its organisation's data system sent it: a few days before it was due, or weeks
   * late.
   */
  private void write(
      Measure m,
      Organization o,
      YearMonth p,
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator,
      boolean late) {
    LocalDate due = p.plusMonths(1).atDay(m.getDueDay());
    Timestamp at =
        Timestamp.from(
            (late ? due.plusDays(12) : due.minusDays(4)).atTime(14, 30).toInstant(ZoneOffset.UTC));
    for (String sql :
        List.of(
            "insert into metric_value (measure_id, organization_id, period, value, numerator, denominator, source, "
                + "updated_by, updated_at, first_reported_at) values (?1, ?2, ?3, cast(?4 as numeric), cast(?5 as numeric), cast(?6 as numeric), ?9, ?7, ?8, ?8)",
            "insert into metric_value_revision (measure_id, organization_id, period, new_value, new_numerator, "
                + "new_denominator, source, actor, at) values (?1, ?2, ?3, cast(?4 as numeric), cast(?5 as numeric), cast(?6 as numeric), ?9, ?7, ?8)")) {
      em.createNativeQuery(sql)
          .setParameter(1, m.getId())
          .setParameter(2, o.id)
          .setParameter(3, p.atDay(1))
          .setParameter(4, value)
          .setParameter(5, numerator)
          .setParameter(6, denominator)
          .setParameter(7, o.name + " data system")
          .setParameter(8, at)
          .setParameter(9, ValueSource.API.name())
          .executeUpdate();
    }
  }
}
