package org.lcp.metrics;

import java.io.File;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.lcp.api.MetricsApi;
import org.lcp.api.model.MeasureInput;
import org.lcp.api.model.MeasurePage;
import org.lcp.api.model.MetricValuePage;
import org.lcp.api.model.OverdueMetric;
import org.lcp.api.model.OverdueMetricPage;
import org.lcp.api.model.PeriodUnlock;
import org.lcp.api.model.PeriodUnlockPage;
import org.lcp.api.model.RunChartList;
import org.lcp.api.model.PeriodUnlockInput;
import org.lcp.api.model.RunChart;
import org.lcp.api.model.RunChartSeries;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.VisibleCollaborative;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Access;
import org.lcp.common.security.Access.FacultyStanding;
import org.lcp.common.security.Caller;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Responses;
import org.lcp.common.web.Times;

import io.quarkus.security.Authenticated;

/**
 * Measures and values. Machine clients may read measures and their own values and upload for
 * their organisation; members likewise for theirs; admins and lead faculty are data coordinators.
 */
@Authenticated
public class MetricsResource implements MetricsApi {

  private final Access access;
  private final CollaborativeRepository collaboratives;
  private final VisibleCollaborative visible;
  private final MeasureService measures;
  private final MetricImportService imports;
  private final MetricValueQuery values;
  private final RunChartService runCharts;
  private final PeriodUnlockService unlocks;
  private final CompletenessService completeness;

  @Context
  UriInfo uriInfo;

  @Context
  HttpHeaders headers;

  public MetricsResource(Access access, CollaborativeRepository collaboratives, VisibleCollaborative visible,
      MeasureService measures, MetricImportService imports, MetricValueQuery values, RunChartService runCharts,
      PeriodUnlockService unlocks, CompletenessService completeness) {
    this.completeness = completeness;
    this.runCharts = runCharts;
    this.unlocks = unlocks;
    this.access = access;
    this.collaboratives = collaboratives;
    this.visible = visible;
    this.measures = measures;
    this.imports = imports;
    this.values = values;
  }

  /** The collaborative for a person who may see it, or for a registered machine client (not drafts). */
  private Collaborative collaborative(UUID id) {
    Caller c = access.caller();
    if (c.isPerson()) {
      return visible.get(id);
    }
    Collaborative col = collaboratives.require(id);
    if (c.machineOrganizationId() == null || col.isDraft()) {
      throw ApiException.notFound("collaborative", id);
    }
    return col;
  }

  private boolean coordinator(Collaborative c) {
    Caller caller = access.caller();
    return caller.isAdmin() || (caller.isPerson() && access.facultyStanding(c.id) == FacultyStanding.LEAD);
  }

  private boolean seesAllTeams(Collaborative c) {
    Caller caller = access.caller();
    return caller.isAdmin() || (caller.isPerson() && access.facultyStanding(c.id) != FacultyStanding.NONE);
  }

  /** The organisations the caller reports for: null for a coordinator (any enrolled one). */
  private Set<UUID> ownOrganizations() {
    Caller caller = access.caller();
    if (!caller.isPerson()) {
      return Set.of(caller.machineOrganizationId());
    }
    return new HashSet<>(access.myOrganizations());
  }

  @Override
  public Response listMeasures(UUID collaborativeId, Integer page, Integer size) {
    Collaborative c = collaborative(collaborativeId);
    Paging<Measure> result = measures.page(c.id, page, size);
    return Response.ok(new MeasurePage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items().stream().map(MetricsResource::toApi).toList())).build();
  }

  @Override
  public Response createMeasure(UUID collaborativeId, MeasureInput input) {
    Collaborative c = visible.asLead(collaborativeId);
    Measure m = measures.create(c.id, input);
    return Responses.created(uriInfo, m.id, m.version, toApi(m));
  }

  @Override
  public Response getMeasure(UUID collaborativeId, UUID measureId) {
    Collaborative c = collaborative(collaborativeId);
    Measure m = measures.get(c.id, measureId);
    return Responses.ok(m.version, toApi(m));
  }

  @Override
  public Response updateMeasure(UUID collaborativeId, UUID measureId, MeasureInput input, String ifMatch) {
    Collaborative c = visible.asLead(collaborativeId);
    Measure m = measures.update(c.id, measureId, ifMatch, input);
    return Responses.ok(m.version, toApi(m));
  }

  @Override
  public Response importMetricValues(UUID collaborativeId, File body, String mode, Boolean dryRun,
      String idempotencyKey) {
    Collaborative c = collaborative(collaborativeId);
    if (mode != null && !mode.equals("atomic") && !mode.equals("partial")) {
      throw ApiException.invalid(List.of(new Violation("mode", "query", "must be atomic or partial")));
    }
    Set<UUID> allowed = coordinator(c) ? null : ownOrganizations();
    if (allowed != null && allowed.isEmpty()) {
      throw ApiException.forbidden("only members of an enrolled organisation, its data system, admins and lead "
          + "faculty upload values");
    }
    MediaType type = headers.getMediaType();
    boolean csv = type != null && type.isCompatible(MediaType.valueOf("text/csv"));
    MetricImportService.Outcome outcome = imports.upload(access.caller(), c, allowed, body, csv,
        "partial".equals(mode), Boolean.TRUE.equals(dryRun), Times.text(idempotencyKey));
    Response.ResponseBuilder r = Response.status(outcome.status()).type(MediaType.APPLICATION_JSON)
        .entity(outcome.body());
    if (outcome.replay()) {
      r.header("Idempotent-Replay", "true");
    }
    return r.build();
  }

  @Override
  public Response listMetricValues(UUID collaborativeId, Integer page, Integer size, UUID organizationId,
      String measureKey, String from, String to, OffsetDateTime asOf) {
    Collaborative c = collaborative(collaborativeId);
    Paging<org.lcp.api.model.MetricValue> result = values.list(new MetricValueQuery.Filter(c.id,
        scope(c, organizationId), measureKey, from, to, asOf), page(page), size == null ? 100 : size);
    return Response.ok(new MetricValuePage().page(result.page()).size(result.size()).total(result.total())
        .items(result.items())).build();
  }

  @Override
  public Response unlockPeriod(UUID collaborativeId, PeriodUnlockInput input) {
    Collaborative c = visible.asLead(collaborativeId);
    return Response.status(201).entity(unlocks.unlock(access.caller(), c.id, input)).build();
  }

  @Override
  public Response getRunChart(UUID collaborativeId, UUID measureId, Integer baseline) {
    Collaborative c = collaborative(collaborativeId);
    Measure m = measures.get(c.id, measureId);
    boolean all = seesAllTeams(c);
    return Response.ok(runChart(m, all ? null : ownOrganizations(), all,
        baseline == null ? org.lcp.metrics.RunChart.DEFAULT_BASELINE : baseline)).build();
  }

  @Override
  public Response exportMetricValues(UUID collaborativeId, UUID organizationId, String measureKey, String from,
      String to, OffsetDateTime asOf) {
    Collaborative c = collaborative(collaborativeId);
    byte[] csv = values.exportCsv(new MetricValueQuery.Filter(c.id, scope(c, organizationId), measureKey, from, to,
        asOf));
    return Response.ok(csv, "text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\""
        + "metric-values-" + c.id + ".csv\"").build();
  }

  @Override
  public Response getMetricCompleteness(UUID collaborativeId, UUID organizationId, String from, String to) {
    Collaborative c = collaborative(collaborativeId);
    return Response.ok(completeness.matrix(c, scope(c, organizationId), from, to)).build();
  }

  @Override
  public Response listOverdueMetrics(UUID collaborativeId, Integer page, Integer size, UUID organizationId) {
    Collaborative c = collaborative(collaborativeId);
    Paging<OverdueMetric> result = completeness.overdue(c, scope(c, organizationId), page(page), size(size));
    return Response.ok(new OverdueMetricPage().items(result.items()).page(result.page()).size(result.size())
        .total(result.total())).build();
  }

  @Override
  public Response listPeriodUnlocks(UUID collaborativeId, Integer page, Integer size, UUID organizationId) {
    Collaborative c = collaborative(collaborativeId);
    Paging<PeriodUnlock> result = unlocks.list(c.id, scope(c, organizationId), null, page(page), size(size));
    return Response.ok(new PeriodUnlockPage().items(result.items()).page(result.page()).size(result.size())
        .total(result.total())).build();
  }

  @Override
  public Response listTeamRunCharts(UUID collaborativeId, UUID organizationId, Integer baseline) {
    Collaborative c = collaborative(collaborativeId);
    Set<UUID> team = scope(c, organizationId);
    if (!completeness.enrolled(c.id, organizationId)) {
      throw ApiException.notFound("team", organizationId);
    }
    boolean all = seesAllTeams(c);
    int base = baseline == null ? org.lcp.metrics.RunChart.DEFAULT_BASELINE : baseline;
    List<RunChart> charts = new ArrayList<>();
    for (Measure m : measures.all(c.id)) {
      charts.add(runChart(m, team, all, base));
    }
    return Response.ok(new RunChartList().items(charts)).build();
  }

  /**
   * The organisations whose data the caller may read, narrowed to {@code organizationId} when given:
   * null (every team) for admins and faculty; otherwise the caller's own, and 404 for another's.
   */
  private Set<UUID> scope(Collaborative c, UUID organizationId) {
    if (seesAllTeams(c)) {
      return organizationId == null ? null : Set.of(organizationId);
    }
    Set<UUID> own = ownOrganizations();
    if (organizationId != null && !own.contains(organizationId)) {
      throw ApiException.notFound("organization", organizationId);
    }
    return organizationId == null ? own : Set.of(organizationId);
  }

  private static int page(Integer page) {
    return page == null ? 0 : page;
  }

  private static int size(Integer size) {
    return size == null ? Paging.DEFAULT_SIZE : size;
  }

  private RunChart runChart(Measure m, Set<UUID> teams, boolean withPooled, int base) {
    List<RunChartSeries> pooled = new ArrayList<>();
    List<RunChartSeries> series = runCharts.series(m, teams, withPooled, base, pooled);
    return new RunChart().measureId(m.id).measureKey(m.key).type(m.type)
        .direction(RunChart.DirectionEnum.fromValue(m.direction)).target(m.target == null ? null
            : m.target.doubleValue()).baseline(base).teams(series).pooled(pooled.isEmpty() ? null : pooled.get(0));
  }

  static org.lcp.api.model.Measure toApi(Measure m) {
    return new org.lcp.api.model.Measure()
        .id(m.id)
        .collaborativeId(m.collaborativeId)
        .key(m.key)
        .name(m.name)
        .definition(m.definition)
        .type(m.type)
        .unit(m.unit)
        .direction(org.lcp.api.model.Measure.DirectionEnum.fromValue(m.direction))
        .target(m.target == null ? null : m.target.doubleValue())
        .periodType(org.lcp.api.model.Measure.PeriodTypeEnum.MONTHLY)
        .dueDay(m.dueDay)
        .lockAfterDays(m.lockAfterDays)
        .createdAt(Times.utc(m.createdAt))
        .updatedAt(Times.utc(m.updatedAt));
  }
}
