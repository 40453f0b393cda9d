package org.lcp.metrics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.lcp.api.model.MetricValue;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;

/** Reads values as they are, or as they were at an instant (from their revisions). */
@ApplicationScoped
public class MetricValueQuery {

  private final EntityManager em;

  public MetricValueQuery(EntityManager em) {
    this.em = em;
  }

  @Transactional
  public Paging<MetricValue> list(UUID collaborativeId, Set<UUID> organizations, String measureKey, String from,
      String to, OffsetDateTime asOf, int page, int size) {
    String source = asOf == null
        ? "select measure_id, organization_id, period, value, numerator, denominator, source, updated_at as at "
            + "from metric_value"
        : "select distinct on (measure_id, organization_id, period) measure_id, organization_id, period, "
            + "new_value as value, new_numerator as numerator, new_denominator as denominator, source, at "
            + "from metric_value_revision where at <= :asOf order by measure_id, organization_id, period, at desc, id desc";
    StringBuilder where = new StringBuilder(" where m.collaborative_id = :c");
    if (organizations != null) {
      where.append(" and v.organization_id in (:orgs)");
    }
    if (measureKey != null) {
      where.append(" and m.key = :key");
    }
    if (from != null) {
      where.append(" and v.period >= :from");
    }
    if (to != null) {
      where.append(" and v.period <= :to");
    }
    String body = " from (" + source + ") v join measure m on m.id = v.measure_id" + where;
    Query q = em.createNativeQuery("select v.organization_id, m.key, to_char(v.period, 'YYYY-MM'), v.value, "
        + "v.numerator, v.denominator, v.source, v.at" + body
        + " order by v.organization_id, m.key, v.period limit :limit offset :offset");
    Query count = em.createNativeQuery("select count(*)" + body);
    for (Query x : List.of(q, count)) {
      x.setParameter("c", collaborativeId);
      if (asOf != null) {
        x.setParameter("asOf", Timestamp.from(asOf.toInstant()));
      }
      if (organizations != null) {
        x.setParameter("orgs", organizations.isEmpty() ? List.of(new UUID(0, 0)) : organizations);
      }
      if (measureKey != null) {
        x.setParameter("key", measureKey);
      }
      if (from != null) {
        x.setParameter("from", YearMonth.parse(from).atDay(1));
      }
      if (to != null) {
        x.setParameter("to", YearMonth.parse(to).atDay(1));
      }
    }
    q.setParameter("limit", size).setParameter("offset", page * size);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<MetricValue> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(new MetricValue().organizationId((UUID) r[0]).measureKey((String) r[1]).period((String) r[2])
          .value(dbl(r[3])).numerator(dbl(r[4])).denominator(dbl(r[5]))
          .source(MetricValue.SourceEnum.fromValue((String) r[6]))
          .updatedAt(Times.utc(r[7] instanceof Instant i ? i : ((Timestamp) r[7]).toInstant())));
    }
    return new Paging<>(items, page, size, ((Number) count.getSingleResult()).longValue());
  }

  private static Double dbl(Object o) {
    return o == null ? null : ((BigDecimal) o).doubleValue();
  }
}
