package org.lcp.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.api.model.AttendanceOverview;
import org.lcp.api.model.AttendanceShortfall;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.ReportSession;
import org.lcp.api.model.ShortfallKind;
import org.lcp.api.model.TeamAttendanceSummary;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ReportPolicy;
import org.lcp.metrics.MetricSnapshot;
import org.lcp.metrics.MetricSnapshot.SnapshotMeasure;
import org.lcp.metrics.MetricSnapshotService;
import org.lcp.session.AttendanceReportService;

/**
 * The collaborative report for funders (PDF) and the data of a measure's pooled run chart (CSV),
 * both as of a day. Everything is read and checked in one read transaction, before the first byte
 * is written (a refusal or a bad parameter answers as a problem); the PDF or CSV is then rendered
 * from memory as the response is streamed. Who may: {@link ReportPolicy}.
 */
@ApplicationScoped
public class ReportService {

  /** How many overdue teams and teams at risk are named (the counts are always complete). */
  static final int NAMES_SHOWN = 25;

  /** How many of a team's shortfalls the report lists. */
  static final int REASONS_SHOWN = 3;

  private static final int ATTENDANCE_PAGE = 100;

  private final CollaborativeRepository collaboratives;
  private final ReportPolicy policy;
  private final MetricSnapshotService snapshots;
  private final AttendanceReportService attendance;
  private final double minShare;

  public ReportService(
      CollaborativeRepository collaboratives,
      ReportPolicy policy,
      MetricSnapshotService snapshots,
      AttendanceReportService attendance,
      @ConfigProperty(name = "lcp.metrics.pooled-min-share", defaultValue = "0.75")
          double minShare) {
    this.minShare = minShare;
    this.collaboratives = collaboratives;
    this.policy = policy;
    this.snapshots = snapshots;
    this.attendance = attendance;
  }

  /** A file to send: its body, written when the response is, and its name. */
  public record Rendered(StreamingOutput body, String filename) {}

  /** The collaborative report as a PDF. */
  @Transactional
  public Rendered report(
      Actor actor, UUID collaborativeId, LocalDate asOf, String from, String to) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireReader(actor, c.ref());
    ReportRange range = ReportRange.of(asOf, from, to, c.startDate, today());
    MetricSnapshot snapshot =
        snapshots.snapshot(actor, c.id, null, range.instant(), range.from(), range.to());
    List<YearMonth> months = range.months();
    List<PooledChart> charts = charts(snapshot, months);
    ReportModel model =
        new ReportModel(
            c.title,
            c.practice,
            c.phase.name(),
            range,
            Instant.now(),
            snapshot.teams().size(),
            completeness(snapshot, months, range.asOf()),
            attendance(actor, c.id),
            charts);
    return new Rendered(
        out -> ReportPdf.render(model, out),
        "collaborative-report-" + c.id + "-" + range.asOf() + ".pdf");
  }

  /** The data of one measure's pooled run chart as CSV. */
  @Transactional
  public Rendered runChartCsv(
      Actor actor, UUID collaborativeId, UUID measureId, LocalDate asOf, String from, String to) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireReader(actor, c.ref());
    ReportRange range = ReportRange.of(asOf, from, to, c.startDate, today());
    MetricSnapshot snapshot =
        snapshots.snapshot(actor, c.id, measureId, range.instant(), range.from(), range.to());
    PooledChart chart = charts(snapshot, range.months()).get(0);
    Map<UUID, String> teams = snapshot.teams();
    return new Rendered(
        out -> RunChartCsv.write(chart, teams, out),
        "run-chart-" + chart.measure().key() + "-" + range.asOf() + ".csv");
  }

  private List<PooledChart> charts(MetricSnapshot snapshot, List<YearMonth> months) {
    Map<UUID, List<MetricSnapshot.Value>> byMeasure = new HashMap<>();
    snapshot
        .values()
        .forEach(v -> byMeasure.computeIfAbsent(v.measureId(), k -> new ArrayList<>()).add(v));
    return snapshot.measures().stream()
        .map(
            m ->
                PooledChart.of(
                    m,
                    months,
                    byMeasure.getOrDefault(m.id(), List.of()),
                    snapshot.teams().size(),
                    minShare))
        .toList();
  }

  /**
   * Per measure: the values due by the end of the day (each enrolled team, each month of the report
   * whose due day has passed) and how many of them had been reported by then.
   */
  static List<ReportModel.Completeness> completeness(
      MetricSnapshot snapshot, List<YearMonth> months, LocalDate asOf) {
    Map<UUID, Map<UUID, Set<YearMonth>>> reported = new HashMap<>();
    for (MetricSnapshot.Value v : snapshot.values()) {
      reported
          .computeIfAbsent(v.measureId(), k -> new HashMap<>())
          .computeIfAbsent(v.organizationId(), k -> new HashSet<>())
          .add(v.period());
    }
    List<ReportModel.Completeness> out = new ArrayList<>();
    for (SnapshotMeasure m : snapshot.measures()) {
      List<YearMonth> due = months.stream().filter(p -> asOf.isAfter(m.dueDate(p))).toList();
      Map<UUID, Set<YearMonth>> byTeam = reported.getOrDefault(m.id(), Map.of());
      int got = 0;
      int overdue = 0;
      List<String> names = new ArrayList<>();
      for (Map.Entry<UUID, String> team : snapshot.teams().entrySet()) {
        Set<YearMonth> has = byTeam.getOrDefault(team.getKey(), Set.of());
        int n = (int) due.stream().filter(has::contains).count();
        got += n;
        if (n < due.size()) {
          overdue++;
          if (names.size() < NAMES_SHOWN) {
            names.add(team.getValue());
          }
        }
      }
      out.add(
          new ReportModel.Completeness(
              m.name(), m.key(), due.size() * snapshot.teams().size(), got, overdue, names));
    }
    return out;
  }

  /** Every team's attendance standing, read page by page from the attendance overview. */
  private ReportModel.Attendance attendance(Actor actor, UUID collaborativeId) {
    List<TeamAttendanceSummary> all = new ArrayList<>();
    List<ReportSession> sessions = List.of();
    int atRiskTotal = 0;
    for (int page = 0; ; page++) {
      AttendanceOverview o =
          attendance.overview(actor, collaborativeId, null, page, ATTENDANCE_PAGE);
      sessions = o.getSessions();
      atRiskTotal = o.getTeamsAtRisk();
      all.addAll(o.getItems());
      if ((long) (page + 1) * ATTENDANCE_PAGE >= o.getTotal()) {
        break;
      }
    }
    List<ReportModel.Session> rows = new ArrayList<>();
    for (ReportSession s : sessions) {
      int shortOf = 0;
      int notRecorded = 0;
      for (TeamAttendanceSummary t : all) {
        List<AttendanceShortfall> at =
            t.getShortfalls().stream()
                .filter(f -> f.getSessionNumber().equals(s.getNumber()))
                .toList();
        if (!at.isEmpty()) {
          shortOf++;
        }
        if (at.stream().anyMatch(f -> f.getKind() == ShortfallKind.NOT_RECORDED)) {
          notRecorded++;
        }
      }
      rows.add(
          new ReportModel.Session(
              s.getNumber(),
              s.getTitle(),
              s.getStartDate(),
              Boolean.TRUE.equals(s.getHeld()),
              all.size() - shortOf,
              notRecorded));
    }
    List<ReportModel.AtRisk> atRisk =
        all.stream()
            .filter(t -> t.getStanding() == AttendanceStanding.AT_RISK)
            .limit(NAMES_SHOWN)
            .map(
                t ->
                    new ReportModel.AtRisk(
                        t.getOrganizationName(),
                        t.getShortfalls().stream()
                            .map(AttendanceShortfall::getMessage)
                            .limit(REASONS_SHOWN)
                            .toList()))
            .toList();
    return new ReportModel.Attendance(all.size(), rows, atRisk, atRiskTotal);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
