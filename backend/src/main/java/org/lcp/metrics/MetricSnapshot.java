package org.lcp.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A collaborative's measures and values as they stood at an instant (from the values' revisions),
 * for reports that must come out the same when made again.
 *
 * @param asOf the instant the values are as of
 * @param measures the measures, in the collaborative's order
 * @param teams the enrolled teams the reader sees: organisation id to name, by name
 * @param values every value of the months asked for as it stood at {@code asOf} (a value without a
 *     number then, a removed one, is absent)
 */
public record MetricSnapshot(
    Instant asOf, List<SnapshotMeasure> measures, Map<UUID, String> teams, List<Value> values) {

  /** A measure as a report shows it. */
  public record SnapshotMeasure(
      UUID id,
      String key,
      String name,
      String unit,
      MeasureType type,
      Direction direction,
      BigDecimal target,
      int dueDay) {

    /** The day a month's value is due (its measure's due day of the following month). */
    public LocalDate dueDate(YearMonth period) {
      return period.plusMonths(1).atDay(dueDay);
    }
  }

  /** One team's value of one measure and month. */
  public record Value(
      UUID measureId,
      UUID organizationId,
      YearMonth period,
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator) {}
}
