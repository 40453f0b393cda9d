package org.lcp.metrics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.lcp.api.model.MetricValuePage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.security.Actor;
import org.lcp.common.security.MetricsPolicy;
import org.lcp.common.security.OrganizationScope;
import org.lcp.common.web.Csv;
import org.lcp.common.web.Times;
import org.lcp.metrics.MetricValueRepository.Criteria;
import org.lcp.metrics.MetricValueRepository.Listed;
import org.lcp.organization.OrganizationRepository;
import org.lcp.team.TeamRepository;

/**
 * Reads values as they are, or as they were at an instant (from their revisions): a page, or every
 * one as CSV.
 */
@ApplicationScoped
public class MetricValueService {

  static final int DEFAULT_SIZE = 100;
  static final List<String> EXPORT_COLUMNS =
      List.of(
          "organizationId",
          "organizationName",
          "measureKey",
          "period",
          "value",
          "numerator",
          "denominator",
          "source",
          "updatedAt");

  private final CollaborativeRepository collaboratives;
  private final TeamRepository teams;
  private final OrganizationRepository organizations;
  private final MetricValueRepository values;
  private final MetricsPolicy policy;

  public MetricValueService(
      CollaborativeRepository collaboratives,
      TeamRepository teams,
      OrganizationRepository organizations,
      MetricValueRepository values,
      MetricsPolicy policy) {
    this.collaboratives = collaboratives;
    this.teams = teams;
    this.organizations = organizations;
    this.values = values;
    this.policy = policy;
  }

  @Transactional
  public MetricValuePage list(
      Actor actor, UUID collaborativeId, MetricValueFilter filter, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), filter.organizationId());
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    Criteria criteria = criteria(c, filter);
    List<Listed> items = values.page(criteria, scope, p, s);
    // a page that is not full tells the total itself; only a full (or an empty later) one counts
    long total =
        items.size() < s && (p == 0 || !items.isEmpty())
            ? (long) p * s + items.size()
            : values.count(criteria, scope);
    return new MetricValuePage()
        .page(p)
        .size(s)
        .total(total)
        .items(items.stream().map(MetricsMapper::toApi).toList());
  }

  /**
   * Every value matching the filter as CSV (RFC 4180, UTF-8, header row) whose first columns an
   * upload accepts again, by organisation name, measure key and period.
   */
  /**
   * Every value matching the filter as CSV (RFC 4180, UTF-8, header row) whose first columns an
   * upload accepts again, by organisation name, measure key and period: authorised now (a refusal
   * answers as a problem before the first byte), then streamed from a database cursor in its own
   * read transaction as the response is written, so memory stays flat whatever the size.
   */
  public StreamingOutput export(Actor actor, UUID collaborativeId, MetricValueFilter filter) {
    Export e =
        QuarkusTransaction.requiringNew().call(() -> prepare(actor, collaborativeId, filter));
    return out -> QuarkusTransaction.requiringNew().run(() -> write(e, out));
  }

  /** What an export streams: its criteria, whose values, and their organisations' names. */
  private record Export(Criteria criteria, OrganizationScope scope, Map<UUID, String> names) {}

  private Export prepare(Actor actor, UUID collaborativeId, MetricValueFilter filter) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), filter.organizationId());
    Criteria criteria = criteria(c, filter);
    Set<UUID> named = scope.all() ? teams.organizationIds(c.id) : scope.organizations();
    return new Export(criteria, scope, organizations.names(named));
  }

  private void write(Export e, OutputStream out) {
    Map<UUID, String> names = e.names();
    try (Stream<Listed> rows = values.export(e.criteria(), e.scope(), names)) {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      w.write(String.join(",", EXPORT_COLUMNS));
      w.write("\r\n");
      for (Listed v : (Iterable<Listed>) rows::iterator) {
        w.write(v.organizationId().toString());
        w.write(',');
        w.write(Csv.text(names.get(v.organizationId())));
        w.write(',');
        w.write(Csv.text(v.measureKey()));
        w.write(',');
        w.write(v.period().toString());
        for (BigDecimal n : new BigDecimal[] {v.value(), v.numerator(), v.denominator()}) {
          w.write(',');
          w.write(Csv.number(n));
        }
        w.write(',');
        w.write(v.source().name());
        w.write(',');
        w.write(Times.utc(v.updatedAt()).toString());
        w.write("\r\n");
      }
      w.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static Criteria criteria(Collaborative c, MetricValueFilter f) {
    return new Criteria(
        c.id,
        f.measureKey(),
        f.from() == null ? null : YearMonth.parse(f.from()),
        f.to() == null ? null : YearMonth.parse(f.to()),
        Times.instant(f.asOf()));
  }
}
