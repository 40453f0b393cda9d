package org.lcp.metrics;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

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

  /** The filters of a read, shared by the paged list and the CSV export. */
  public record Filter(UUID collaborativeId, Set<UUID> organizations, String measureKey, String from, String to,
      OffsetDateTime asOf) {
  }

  @Transactional
  public Paging<MetricValue> list(Filter f, int page, int size) {
    Query q = query(f, "select v.organization_id, m.key, to_char(v.period, 'YYYY-MM'), v.value, v.numerator, "
        + "v.denominator, v.source, v.at", " order by v.organization_id, m.key, v.period limit :limit offset :offset");
    q.setParameter("limit", size).setParameter("offset", page * size);
    Query count = query(f, "select count(*)", "");
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<MetricValue> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(new MetricValue().organizationId((UUID) r[0]).measureKey((String) r[1]).period((String) r[2])
          .value(dbl(r[3])).numerator(dbl(r[4])).denominator(dbl(r[5]))
          .source(MetricValue.SourceEnum.fromValue((String) r[6])).updatedAt(Times.utc(instant(r[7]))));
    }
    return new Paging<>(items, page, size, ((Number) count.getSingleResult()).longValue());
  }

  /**
   * Every value matching the filter as CSV (RFC 4180, UTF-8, header row) whose first columns an
   * upload accepts again, by organisation name, measure key and period.
   */
  @Transactional
  public byte[] exportCsv(Filter f) {
    Query q = query(f, "select v.organization_id, o.name, m.key, to_char(v.period, 'YYYY-MM'), v.value, "
        + "v.numerator, v.denominator, v.source, v.at", " order by lower(o.name), v.organization_id, m.key, v.period");
    q.setHint("org.hibernate.fetchSize", 1000);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked") Stream<Object[]> rows = q.getResultStream()) {
      w.write(String.join(",", EXPORT_COLUMNS));
      w.write("\r\n");
      for (Object[] r : (Iterable<Object[]>) rows::iterator) {
        w.write(r[0].toString());
        w.write(',');
        w.write(csvCell((String) r[1]));
        w.write(',');
        w.write(csvCell((String) r[2]));
        w.write(',');
        w.write((String) r[3]);
        for (int i = 4; i <= 6; i++) {
          w.write(',');
          w.write(r[i] == null ? "" : ((BigDecimal) r[i]).stripTrailingZeros().toPlainString());
        }
        w.write(',');
        w.write((String) r[7]);
        w.write(',');
        w.write(Times.utc(instant(r[8])).toString());
        w.write("\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static final List<String> EXPORT_COLUMNS = List.of("organizationId", "organizationName", "measureKey", "period",
      "value", "numerator", "denominator", "source", "updatedAt");

  /** A CSV cell, quoted when it holds a comma, quote or line break (RFC 4180). */
  static String csvCell(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private Query query(Filter f, String select, String tail) {
    String source = f.asOf() == null
        ? "select measure_id, organization_id, period, value, numerator, denominator, source, updated_at as at "
            + "from metric_value"
        : "select distinct on (measure_id, organization_id, period) measure_id, organization_id, period, "
            + "new_value as value, new_numerator as numerator, new_denominator as denominator, source, at "
            + "from metric_value_revision where at <= :asOf order by measure_id, organization_id, period, at desc, id desc";
    StringBuilder where = new StringBuilder(" where m.collaborative_id = :c");
    if (f.organizations() != null) {
      where.append(" and v.organization_id in (:orgs)");
    }
    if (f.measureKey() != null) {
      where.append(" and m.key = :key");
    }
    if (f.from() != null) {
      where.append(" and v.period >= :from");
    }
    if (f.to() != null) {
      where.append(" and v.period <= :to");
    }
    Query q = em.createNativeQuery(select + " from (" + source + ") v join measure m on m.id = v.measure_id "
        + "join organization o on o.id = v.organization_id" + where + tail);
    q.setParameter("c", f.collaborativeId());
    if (f.asOf() != null) {
      q.setParameter("asOf", Timestamp.from(f.asOf().toInstant()));
    }
    if (f.organizations() != null) {
      q.setParameter("orgs", f.organizations().isEmpty() ? List.of(new UUID(0, 0)) : f.organizations());
    }
    if (f.measureKey() != null) {
      q.setParameter("key", f.measureKey());
    }
    if (f.from() != null) {
      q.setParameter("from", YearMonth.parse(f.from()).atDay(1));
    }
    if (f.to() != null) {
      q.setParameter("to", YearMonth.parse(f.to()).atDay(1));
    }
    return q;
  }

  private static Instant instant(Object o) {
    return o instanceof Instant i ? i : ((Timestamp) o).toInstant();
  }

  private static Double dbl(Object o) {
    return o == null ? null : ((BigDecimal) o).doubleValue();
  }
}
