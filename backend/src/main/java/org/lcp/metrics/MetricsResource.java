package org.lcp.metrics;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.lcp.api.MetricsApi;
import org.lcp.api.model.MeasureInput;
import org.lcp.api.model.MetricReminderInput;
import org.lcp.api.model.MetricReminderSettingsInput;
import org.lcp.api.model.PeriodUnlockInput;
import org.lcp.common.security.Actor;
import org.lcp.common.security.Actors;
import org.lcp.common.web.Conditional;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;
import org.lcp.common.web.Times;

/** Measures, uploads and the reads of values: parse, call the service with the caller, answer. */
@Authenticated
public class MetricsResource implements MetricsApi {

  private static final MediaType CSV = MediaType.valueOf("text/csv");

  private final Actors actors;
  private final MeasureService measures;
  private final MetricImportService imports;
  private final MetricValueService values;
  private final PeriodUnlockService unlocks;
  private final RunChartService runCharts;
  private final CompletenessService completeness;
  private final MetricReminderService reminders;
  private final MetricReminderSettingsService reminderSettings;
  private final MetricReadTags tags;
  private final Conditional conditional;

  private final PublicUrl urls;

  @Context UriInfo uriInfo;

  @Context HttpHeaders headers;

  public MetricsResource(
      Actors actors,
      MeasureService measures,
      MetricImportService imports,
      MetricValueService values,
      PeriodUnlockService unlocks,
      RunChartService runCharts,
      CompletenessService completeness,
      MetricReminderService reminders,
      MetricReminderSettingsService reminderSettings,
      MetricReadTags tags,
      Conditional conditional,
      PublicUrl urls) {
    this.tags = tags;
    this.conditional = conditional;
    this.reminders = reminders;
    this.reminderSettings = reminderSettings;
    this.urls = urls;
    this.actors = actors;
    this.measures = measures;
    this.imports = imports;
    this.values = values;
    this.unlocks = unlocks;
    this.runCharts = runCharts;
    this.completeness = completeness;
  }

  // ---- measures ---------------------------------------------------------------------------------

  @Override
  public Response listMeasures(UUID collaborativeId, Integer page, Integer size) {
    return Responses.ok(measures.list(actors.current(), collaborativeId, page, size));
  }

  @Override
  public Response createMeasure(UUID collaborativeId, MeasureInput input) {
    var created = measures.create(actors.current(), collaborativeId, input);
    return Responses.created(urls.below(uriInfo, created.body().getId()), created);
  }

  @Override
  public Response getMeasure(UUID collaborativeId, UUID measureId) {
    return Responses.ok(measures.get(actors.current(), collaborativeId, measureId));
  }

  @Override
  public Response updateMeasure(
      UUID collaborativeId, UUID measureId, MeasureInput input, String ifMatch) {
    return Responses.ok(
        measures.update(actors.current(), collaborativeId, measureId, ifMatch, input));
  }

  // ---- uploads ----------------------------------------------------------------------------------

  /**
   * 200 with the report; 422 with it when an atomic upload was refused; a replay says so in a
   * header.
   */
  @Override
  public Response importMetricValues(
      UUID collaborativeId, File body, String mode, Boolean dryRun, String idempotencyKey) {
    MediaType type = headers.getMediaType();
    ImportRequest request =
        new ImportRequest(
            body,
            type != null && type.isCompatible(CSV) ? ImportFormat.CSV : ImportFormat.JSON,
            ImportMode.parse(mode),
            Boolean.TRUE.equals(dryRun),
            Times.text(idempotencyKey));
    ImportResult result = imports.upload(actors.current(), collaborativeId, request);
    Response.ResponseBuilder r =
        Response.status(result.refused() ? 422 : 200)
            .type(MediaType.APPLICATION_JSON)
            .entity(result.report());
    if (result.replayed()) {
      r.header("Idempotent-Replay", "true");
    }
    return r.build();
  }

  // ---- values -----------------------------------------------------------------------------------

  @Override
  public Response listMetricValues(
      UUID collaborativeId,
      Integer page,
      Integer size,
      UUID organizationId,
      String measureKey,
      String from,
      String to,
      OffsetDateTime asOf) {
    return Responses.ok(
        values.list(
            actors.current(),
            collaborativeId,
            new MetricValueFilter(organizationId, measureKey, from, to, asOf),
            page,
            size));
  }

  @Override
  public Response exportMetricValues(
      UUID collaborativeId,
      UUID organizationId,
      String measureKey,
      String from,
      String to,
      OffsetDateTime asOf) {
    StreamingOutput csv =
        values.export(
            actors.current(),
            collaborativeId,
            new MetricValueFilter(organizationId, measureKey, from, to, asOf));
    return Response.ok(csv, "text/csv; charset=utf-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"metric-values-" + collaborativeId + ".csv\"")
        .build();
  }

  @Override
  public Response getMetricCompleteness(
      UUID collaborativeId,
      String ifNoneMatch,
      Integer page,
      Integer size,
      UUID organizationId,
      String q,
      String measureKey,
      Boolean overdueOnly,
      String from,
      String to) {
    Actor actor = actors.current();
    return conditional.respondKept(
        ifNoneMatch,
        tags.completeness(actor, uriInfo, collaborativeId, organizationId),
        actor.caller(),
        () ->
            completeness.matrix(
                actor,
                collaborativeId,
                new CompletenessService.Query(
                    organizationId,
                    from,
                    to,
                    Times.text(q),
                    Times.text(measureKey),
                    Boolean.TRUE.equals(overdueOnly),
                    page,
                    size)));
  }

  @Override
  public Response listOverdueMetrics(
      UUID collaborativeId, String ifNoneMatch, Integer page, Integer size, UUID organizationId) {
    Actor actor = actors.current();
    return conditional.respondKept(
        ifNoneMatch,
        tags.completeness(actor, uriInfo, collaborativeId, organizationId),
        actor.caller(),
        () -> completeness.overdue(actor, collaborativeId, organizationId, page, size));
  }

  // ---- reminders -------------------------------------------------------------------------------

  @Override
  public Response remindOverdueTeams(UUID collaborativeId, MetricReminderInput input) {
    return Responses.ok(reminders.remind(actors.current(), collaborativeId, input));
  }

  @Override
  public Response getMetricReminderSettings(UUID collaborativeId) {
    return Responses.ok(reminderSettings.get(actors.current(), collaborativeId));
  }

  @Override
  public Response updateMetricReminderSettings(
      UUID collaborativeId, MetricReminderSettingsInput input, String ifMatch) {
    return Responses.ok(reminderSettings.update(actors.current(), collaborativeId, ifMatch, input));
  }

  // ---- unlocks ----------------------------------------------------------------------------------

  @Override
  public Response listPeriodUnlocks(
      UUID collaborativeId, Integer page, Integer size, UUID organizationId) {
    return Responses.ok(
        unlocks.list(actors.current(), collaborativeId, organizationId, page, size));
  }

  @Override
  public Response unlockPeriod(UUID collaborativeId, PeriodUnlockInput input) {
    return Response.status(201)
        .entity(unlocks.unlock(actors.current(), collaborativeId, input))
        .build();
  }

  // ---- run charts -------------------------------------------------------------------------------

  @Override
  public Response getRunChart(
      UUID collaborativeId,
      UUID measureId,
      String ifNoneMatch,
      Integer baseline,
      String chart,
      String baselineMode,
      String phases,
      Double minShare,
      List<UUID> team,
      String teamSeries,
      String cohort) {
    Actor actor = actors.current();
    return conditional.respondKept(
        ifNoneMatch,
        tags.runChart(actor, uriInfo, collaborativeId),
        actor.caller(),
        () ->
            runCharts.chart(
                actor,
                collaborativeId,
                measureId,
                new RunChartService.ChartRequest(
                    baseline, chart, baselineMode, phases, minShare, team, teamSeries, cohort)));
  }

  @Override
  public Response listTeamRunCharts(
      UUID collaborativeId,
      UUID organizationId,
      String ifNoneMatch,
      Integer baseline,
      String chart,
      String baselineMode,
      String phases,
      Double minShare) {
    Actor actor = actors.current();
    return conditional.respondKept(
        ifNoneMatch,
        tags.teamRunCharts(actor, uriInfo, collaborativeId, organizationId),
        actor.caller(),
        () ->
            runCharts.teamCharts(
                actor,
                collaborativeId,
                organizationId,
                baseline,
                chart,
                baselineMode,
                phases,
                minShare));
  }
}
