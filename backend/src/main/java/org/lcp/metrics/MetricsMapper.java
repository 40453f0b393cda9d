package org.lcp.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.CompletenessMeasure;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;

/** Entities and rows to API models: pure functions of what they are given. */
final class MetricsMapper {

  private MetricsMapper() {}

  static org.lcp.api.model.Measure toApi(Measure m, long valueCount) {
    return new org.lcp.api.model.Measure()
        .id(m.id)
        .collaborativeId(m.collaborativeId)
        .key(m.key)
        .name(m.name)
        .definition(m.definition)
        .type(type(m.type))
        .numerator(m.numerator)
        .denominator(m.denominator)
        .unit(m.unit)
        .direction(Enums.map(m.direction, org.lcp.api.model.Measure.DirectionEnum.class))
        .target(dbl(m.target))
        .periodType(Enums.map(m.periodType, org.lcp.api.model.Measure.PeriodTypeEnum.class))
        .dueDay(m.dueDay)
        .lockAfterDays(m.lockAfterDays)
        .valueCount(valueCount)
        .createdAt(Times.utc(m.createdAt))
        .updatedAt(Times.utc(m.updatedAt));
  }

  static CompletenessMeasure toCompleteness(Measure m) {
    return new CompletenessMeasure()
        .id(m.id)
        .key(m.key)
        .name(m.name)
        .type(type(m.type))
        .dueDay(m.dueDay)
        .lockAfterDays(m.lockAfterDays);
  }

  static org.lcp.api.model.MeasureType type(MeasureType type) {
    return Enums.map(type, org.lcp.api.model.MeasureType.class);
  }

  static org.lcp.api.model.MetricValue toApi(MetricValueRepository.Listed v) {
    return new org.lcp.api.model.MetricValue()
        .organizationId(v.organizationId())
        .measureKey(v.measureKey())
        .period(v.period().toString())
        .value(dbl(v.value()))
        .numerator(dbl(v.numerator()))
        .denominator(dbl(v.denominator()))
        .source(Enums.map(v.source(), org.lcp.api.model.MetricValue.SourceEnum.class))
        .updatedAt(Times.utc(v.updatedAt()));
  }

  /** An unlock, active until the end of its last day. */
  static org.lcp.api.model.PeriodUnlock toApi(
      PeriodUnlock u, String organizationName, LocalDate today) {
    return new org.lcp.api.model.PeriodUnlock()
        .organizationId(u.id.organizationId())
        .organizationName(organizationName)
        .period(YearMonth.from(u.id.period()).toString())
        .until(u.until)
        .active(!u.until.isBefore(today))
        .reason(u.reason)
        .unlockedBy(u.unlockedBy)
        .unlockedAt(Times.utc(u.unlockedAt));
  }

  /**
   * Organisations in the order lists show them: by name ignoring case, then by id (as PostgreSQL
   * orders uuids).
   */
  static Comparator<UUID> byName(Map<UUID, String> names) {
    return Comparator.comparing((UUID id) -> names.getOrDefault(id, "").toLowerCase(Locale.ROOT))
        .thenComparing(UUID::toString);
  }

  /** The organisations given, in {@link #byName} order. */
  static List<UUID> sortedByName(Collection<UUID> ids, Map<UUID, String> names) {
    return ids.stream().sorted(byName(names)).toList();
  }

  static Double dbl(BigDecimal b) {
    return b == null ? null : b.doubleValue();
  }
}
