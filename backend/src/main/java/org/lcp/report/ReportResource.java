package org.lcp.report;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.lcp.api.ReportsApi;
import org.lcp.common.security.Actors;
import org.lcp.report.ReportService.Rendered;

/** The collaborative report (PDF) and a run chart's data (CSV): parse, call the service, send. */
@Authenticated
public class ReportResource implements ReportsApi {

  private final Actors actors;
  private final ReportService reports;

  public ReportResource(Actors actors, ReportService reports) {
    this.actors = actors;
    this.reports = reports;
  }

  @Override
  public Response getCollaborativeReport(
      UUID collaborativeId, LocalDate asOf, String from, String to) {
    return send(
        reports.report(actors.current(), collaborativeId, asOf, from, to), "application/pdf");
  }

  @Override
  public Response exportRunChart(
      UUID collaborativeId, UUID measureId, LocalDate asOf, String from, String to) {
    return send(
        reports.runChartCsv(actors.current(), collaborativeId, measureId, asOf, from, to),
        "text/csv; charset=utf-8");
  }

  private static Response send(Rendered file, String type) {
    return Response.ok(file.body(), type)
        .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
        .build();
  }
}
