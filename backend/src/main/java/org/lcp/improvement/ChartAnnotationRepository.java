package org.lcp.improvement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.OrganizationScope;

/**
 * Annotations on teams' charts, and what the run charts show of a team's improvement work (its
 * annotations and its PDSA cycles), read set-based.
 */
@ApplicationScoped
public class ChartAnnotationRepository implements PanacheRepositoryBase<ChartAnnotation, UUID> {

  /** One note of a chart: an annotation or a PDSA cycle at its month. */
  record Row(
      UUID measureId,
      UUID organizationId,
      YearMonth period,
      String kind,
      String text,
      UUID annotationId,
      UUID changeIdeaId,
      UUID pdsaCycleId,
      String outcome) {}

  ChartAnnotation require(UUID collaborativeId, UUID id) {
    return find("id = ?1 and collaborativeId = ?2", id, collaborativeId)
        .firstResultOptional()
        .orElseThrow(() -> ApiException.notFound("annotation", id));
  }

  /** The annotations of the teams in scope, by period; narrowed as given. */
  PanacheQuery<ChartAnnotation> of(
      UUID collaborativeId, OrganizationScope scope, UUID measureId, LocalDate from, LocalDate to) {
    var filter = scope.where("organizationId");
    Map<String, Object> params = new HashMap<>(filter.params());
    params.put("c", collaborativeId);
    StringBuilder q = new StringBuilder("collaborativeId = :c and ").append(filter.jpql());
    if (measureId != null) {
      q.append(" and measureId = :m");
      params.put("m", measureId);
    }
    if (from != null) {
      q.append(" and period >= :from");
      params.put("from", from);
    }
    if (to != null) {
      q.append(" and period <= :to");
      params.put("to", to);
    }
    return find(q.append(" order by period, createdAt, id").toString(), params);
  }

  /**
   * The annotations and PDSA cycles on these measures' charts of the teams in scope, in one
   * statement, by period. A cycle shows on the charts of its own measures, or of its idea's when it
   * names none, at the month it starts.
   */
  @SuppressWarnings("unchecked")
  List<Row> notes(Collection<UUID> measureIds, OrganizationScope scope) {
    if (measureIds.isEmpty() || (!scope.all() && scope.organizations().isEmpty())) {
      return List.of();
    }
    String annotationTeams = scope.all() ? "" : " and a.organization_id in (:orgs)";
    String cycleTeams = scope.all() ? "" : " and i.organization_id in (:orgs)";
    var query =
        getEntityManager()
            .createNativeQuery(
                "select a.measure_id, a.organization_id, a.period, a.kind, a.text, a.id,"
                    + " a.change_idea_id, a.pdsa_cycle_id, cast(null as varchar) as outcome,"
                    + " a.created_at from chart_annotation a where a.measure_id in (:measures)"
                    + annotationTeams
                    + " union all select m.measure_id, i.organization_id,"
                    + " cast(date_trunc('month', p.start_date) as date), 'PDSA_CYCLE',"
                    + " i.title || ': ' || p.title, cast(null as uuid), i.id, p.id, p.outcome,"
                    + " p.created_at from pdsa_cycle p join change_idea i on i.id = p.change_idea_id"
                    + " cross join lateral unnest(case when cardinality(p.measure_ids) > 0"
                    + " then p.measure_ids else i.measure_ids end) m(measure_id)"
                    + " where m.measure_id in (:measures)"
                    + cycleTeams
                    + " order by 3, 10, 6, 8")
            .setParameter("measures", new TreeSet<>(measureIds));
    if (!scope.all()) {
      query.setParameter("orgs", new TreeSet<>(scope.organizations()));
    }
    List<Row> rows = new ArrayList<>();
    for (Object[] r : (List<Object[]>) query.getResultList()) {
      rows.add(
          new Row(
              (UUID) r[0],
              (UUID) r[1],
              YearMonth.from(date(r[2])),
              (String) r[3],
              (String) r[4],
              (UUID) r[5],
              (UUID) r[6],
              (UUID) r[7],
              (String) r[8]));
    }
    return rows;
  }

  private static LocalDate date(Object o) {
    return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
  }
}
