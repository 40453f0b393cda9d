package org.lcp.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lcp.metrics.Direction;
import org.lcp.metrics.MeasureType;
import org.lcp.metrics.RunChart;

/**
 * The collaborative report as XHTML (cover, completeness, attendance, one section per measure with
 * its pooled run chart drawn as inline SVG), rendered to PDF by openhtmltopdf (PDFBox) with the
 * charts drawn by Batik. The text uses the PDF's standard fonts (Helvetica), which cover Latin-1.
 */
final class ReportPdf {

  /** Months per row of a chart's table of pooled values. */
  static final int MONTHS_PER_ROW = 12;

  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ReportPdf() {}

  static void render(ReportModel model, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withHtmlContent(html(model), null);
    builder.toStream(out);
    builder.run();
  }

  static String html(ReportModel m) {
    String asOf = m.range().asOf().toString();
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
        .append(esc(m.title()))
        .append(" - report as of ")
        .append(asOf)
        .append("</title><meta name=\"subject\" content=\"Collaborative report as of ")
        .append(asOf)
        .append("\"/><style>")
        .append(
            "@page { size: A4; margin: 16mm 14mm 18mm 14mm;"
                + " @bottom-left { content: 'As of "
                + asOf
                + "'; font: 8pt Helvetica, sans-serif; color: #555; }"
                + " @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages);"
                + " font: 8pt Helvetica, sans-serif; color: #555; } }"
                + "body { font-family: Helvetica, sans-serif; font-size: 9.5pt; color: #222; }"
                + "h1 { font-size: 22pt; margin: 60mm 0 4mm 0; }"
                + "h2 { font-size: 14pt; margin: 0 0 3mm 0; border-bottom: 1px solid #999; }"
                + "h3 { font-size: 11pt; margin: 5mm 0 1mm 0; }"
                + ".cover p { font-size: 12pt; margin: 1.5mm 0; }"
                + ".part { page-break-before: always; }"
                + ".measure { page-break-inside: avoid; margin-bottom: 4mm; }"
                + "table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm 0; }"
                + "th, td { border: 0.5px solid #bbb; padding: 1mm 1.2mm; text-align: left;"
                + " vertical-align: top; }"
                + "th { background: #eef1f5; }"
                + "td.n, th.n { text-align: right; }"
                + "table.months { font-size: 7pt; }"
                + ".note { color: #555; font-size: 8.5pt; }"
                + "ul { margin: 1mm 0; padding-left: 5mm; }")
        .append("</style></head><body>");
    cover(h, m);
    completeness(h, m);
    attendance(h, m);
    charts(h, m);
    h.append("</body></html>");
    return h.toString();
  }

  private static void cover(StringBuilder h, ReportModel m) {
    h.append("<div class=\"cover\"><h1>").append(esc(m.title())).append("</h1>");
    if (m.practice() != null && !m.practice().isBlank()) {
      h.append("<p>Practice: ").append(esc(m.practice())).append("</p>");
    }
    h.append("<p>Phase: ").append(esc(m.phase())).append("</p>");
    h.append("<p><b>As of ").append(m.range().asOf()).append("</b></p>");
    h.append("<p>Months reported: ")
        .append(m.range().from())
        .append(" to ")
        .append(m.range().to())
        .append("</p>");
    h.append("<p>Enrolled teams: ").append(m.enrolled()).append("</p>");
    h.append("<p>Generated at ").append(GENERATED.format(m.generatedAt())).append("</p>");
    h.append(
            "<p class=\"note\">Every metric figure in this report is taken from the values as they")
        .append(" stood at the end of ")
        .append(m.range().asOf())
        .append(" (UTC); values reported or corrected later do not change it, so the report can")
        .append(" be produced again for the same date. Attendance is as recorded when the report")
        .append(" was generated.</p></div>");
  }

  private static void completeness(StringBuilder h, ReportModel m) {
    h.append("<div class=\"part\"><h2>Metric completeness</h2>");
    h.append("<p class=\"note\">Values due by ")
        .append(m.range().asOf())
        .append(" (each enrolled team, each month from ")
        .append(m.range().from())
        .append(" whose due day had passed) and how many had been reported by then.</p>");
    h.append("<table><tr><th>Measure</th><th class=\"n\">Due</th><th class=\"n\">Reported</th>")
        .append("<th class=\"n\">Share reported</th><th class=\"n\">Teams with overdue values</th>")
        .append("</tr>");
    for (ReportModel.Completeness c : m.completeness()) {
      h.append("<tr><td>")
          .append(esc(c.measureName()))
          .append("</td><td class=\"n\">")
          .append(c.due())
          .append("</td><td class=\"n\">")
          .append(c.reported())
          .append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%.1f%%", c.share()))
          .append("</td><td class=\"n\">")
          .append(c.overdueTeams())
          .append(" of ")
          .append(m.enrolled())
          .append("</td></tr>");
    }
    h.append("</table>");
    for (ReportModel.Completeness c : m.completeness()) {
      if (!c.overdueNames().isEmpty()) {
        h.append("<p class=\"note\">")
            .append(esc(c.measureName()))
            .append(", overdue: ")
            .append(esc(String.join(", ", c.overdueNames())));
        if (c.overdueTeams() > c.overdueNames().size()) {
          h.append(" and ").append(c.overdueTeams() - c.overdueNames().size()).append(" more");
        }
        h.append("</p>");
      }
    }
    h.append("</div>");
  }

  private static void attendance(StringBuilder h, ReportModel m) {
    ReportModel.Attendance a = m.attendance();
    h.append("<div class=\"part\"><h2>Attendance at learning sessions</h2>");
    if (a.sessions().isEmpty()) {
      h.append("<p>No learning sessions are scheduled.</p>");
    } else {
      h.append("<table><tr><th>Learning session</th><th>Date</th>")
          .append("<th class=\"n\">Teams attending in full</th>")
          .append("<th class=\"n\">Attendance share</th><th class=\"n\">Not recorded</th></tr>");
      for (ReportModel.Session s : a.sessions()) {
        h.append("<tr><td>")
            .append(s.number())
            .append(". ")
            .append(esc(s.title()))
            .append("</td><td>")
            .append(s.start() == null ? "" : s.start().toString())
            .append("</td>");
        if (s.held() && a.teams() > 0) {
          h.append("<td class=\"n\">")
              .append(s.full())
              .append(" of ")
              .append(a.teams())
              .append("</td><td class=\"n\">")
              .append(String.format(Locale.ROOT, "%.1f%%", 100.0 * s.full() / a.teams()))
              .append("</td><td class=\"n\">")
              .append(s.notRecorded())
              .append("</td>");
        } else {
          h.append("<td class=\"n\" colspan=\"3\">")
              .append(s.held() ? "no teams" : "not held yet")
              .append("</td>");
        }
        h.append("</tr>");
      }
      h.append("</table>");
    }
    h.append("<h3>Teams at risk: ").append(a.atRiskTotal()).append("</h3>");
    if (!a.atRisk().isEmpty()) {
      h.append("<table><tr><th>Team</th><th>Why</th></tr>");
      for (ReportModel.AtRisk r : a.atRisk()) {
        h.append("<tr><td>").append(esc(r.name())).append("</td><td>");
        h.append(esc(String.join("; ", r.why()))).append("</td></tr>");
      }
      h.append("</table>");
      if (a.atRiskTotal() > a.atRisk().size()) {
        h.append("<p class=\"note\">and ")
            .append(a.atRiskTotal() - a.atRisk().size())
            .append(" more teams at risk</p>");
      }
    }
    h.append("</div>");
  }

  private static void charts(StringBuilder h, ReportModel m) {
    h.append("<div class=\"part\"><h2>Measures: pooled run charts</h2>");
    h.append("<p class=\"note\">Each month pooled over the teams that had reported it by ")
        .append(m.range().asOf())
        .append(" (n of N: teams pooled of teams enrolled): a proportion as the sum of numerators")
        .append(" over the sum of denominators, a count as the sum, a mean or rate as the mean of")
        .append(" the teams. Centre line: the median of the first ")
        .append(RunChart.DEFAULT_BASELINE)
        .append(" pooled months. Signals: a shift is ")
        .append(RunChart.SHIFT_LENGTH)
        .append(" or more consecutive months on one side of the centre line, a trend ")
        .append(RunChart.TREND_LENGTH)
        .append(" or more going the same way. Red points belong to a signal.</p>");
    if (m.charts().isEmpty()) {
      h.append("<p>The collaborative has no measures.</p>");
    }
    for (PooledChart c : m.charts()) {
      measure(h, c);
    }
    h.append("</div>");
  }

  private static void measure(StringBuilder h, PooledChart c) {
    var m = c.measure();
    h.append("<div class=\"measure\"><h3>").append(esc(m.name())).append("</h3>");
    h.append("<p class=\"note\">")
        .append(esc(m.key()))
        .append(" - ")
        .append(m.type().name().toLowerCase(Locale.ROOT))
        .append(m.unit() == null ? "" : " (" + esc(m.unit()) + ")")
        .append(", ")
        .append(m.direction() == Direction.INCREASE ? "higher is better" : "lower is better")
        .append("; centre line ")
        .append(c.centreLine() == null ? "none" : format(m.type(), c.centreLine()))
        .append("; target ")
        .append(m.target() == null ? "none" : format(m.type(), m.target().doubleValue()))
        .append("</p>");
    svg(h, c);
    h.append("<table class=\"months\">");
    for (int start = 0; start < c.months().size(); start += MONTHS_PER_ROW) {
      int end = Math.min(c.months().size(), start + MONTHS_PER_ROW);
      h.append("<tr><th>Month</th>");
      for (int i = start; i < end; i++) {
        h.append("<th class=\"n\">").append(c.months().get(i)).append("</th>");
      }
      h.append("</tr><tr><td>Pooled</td>");
      for (int i = start; i < end; i++) {
        Double v = c.pooled().get(i);
        h.append("<td class=\"n\">").append(v == null ? "-" : format(m.type(), v)).append("</td>");
      }
      h.append("</tr><tr><td>n of N</td>");
      for (int i = start; i < end; i++) {
        h.append("<td class=\"n\">")
            .append(c.teams().get(i))
            .append(" of ")
            .append(c.enrolled())
            .append(c.incomplete().get(i) ? "*" : "")
            .append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</table>");
    if (c.incomplete().contains(true)) {
      h.append(
          "<p class=\"note\">* Too few teams reported: the month is shown but left out of the"
              + " median and the signals.</p>");
    }
    if (c.signals().isEmpty()) {
      h.append("<p>Signals: none.</p>");
    } else {
      h.append("<p>Signals:</p><ul>");
      for (PooledChart.Signal s : c.signals()) {
        h.append("<li>").append(esc(words(s, m.direction()))).append("</li>");
      }
      h.append("</ul>");
    }
    h.append("</div>");
  }

  /** A signal in words, e.g. "Shift above the centre line: 6 months, 2026-01 to 2026-06". */
  static String words(PooledChart.Signal s, Direction direction) {
    String what =
        switch (s.kind()) {
          case SHIFT_ABOVE -> "Shift above the centre line";
          case SHIFT_BELOW -> "Shift below the centre line";
          case TREND_UP -> "Trend up";
          case TREND_DOWN -> "Trend down";
          case TOO_FEW_RUNS -> "Too few runs (crossings of the centre line)";
          case TOO_MANY_RUNS -> "Too many runs (crossings of the centre line)";
          case ASTRONOMICAL_ABOVE -> "Astronomical point above the centre line";
          case ASTRONOMICAL_BELOW -> "Astronomical point below the centre line";
          default -> {
            String name = s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            yield Character.toUpperCase(name.charAt(0)) + name.substring(1);
          }
        };
    String up = s.kind().name();
    boolean upward = up.endsWith("_ABOVE") || up.endsWith("_UP");
    boolean downward = up.endsWith("_BELOW") || up.endsWith("_DOWN");
    String meaning = "";
    if (upward || downward) {
      meaning = upward == (direction == Direction.INCREASE) ? " (improvement)" : " (deterioration)";
    }
    return what
        + meaning
        + ": "
        + s.months().size()
        + (s.months().size() == 1 ? " month, " : " months, ")
        + s.first()
        + (s.months().size() == 1 ? "" : " to " + s.last());
  }

  // ---- the chart
  // ---------------------------------------------------------------------------------

  private static final double W = 700;
  private static final double H = 190;
  private static final double LEFT = 52;
  private static final double RIGHT = 58;
  private static final double TOP = 8;
  private static final double BOTTOM = 22;

  private static void svg(StringBuilder h, PooledChart c) {
    MeasureType type = c.measure().type();
    List<Double> ys = new ArrayList<>();
    c.pooled()
        .forEach(
            v -> {
              if (v != null) {
                ys.add(v);
              }
            });
    if (c.centreLine() != null) {
      ys.add(c.centreLine());
    }
    Double target = c.measure().target() == null ? null : c.measure().target().doubleValue();
    if (target != null) {
      ys.add(target);
    }
    // whole numbers: openhtmltopdf ignores a decimal width or height ("Invalid integer passed as
    // dimension for SVG")
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(Math.round(W))
        .append("\" height=\"")
        .append(Math.round(H))
        .append("\" viewBox=\"0 0 ")
        .append(n(W))
        .append(' ')
        .append(n(H))
        .append("\" style=\"width: 180mm; height: 48.9mm;\">");
    double plotW = W - LEFT - RIGHT;
    double plotH = H - TOP - BOTTOM;
    h.append(rect(LEFT, TOP, plotW, plotH));
    if (ys.isEmpty()) {
      h.append(text(LEFT + plotW / 2, TOP + plotH / 2, "no values reported", "middle"));
      h.append("</svg>");
      return;
    }
    double lo = ys.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double hi = ys.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    if (type == MeasureType.PROPORTION || lo >= 0 && lo < (hi - lo)) {
      lo = Math.min(0, lo);
    }
    if (hi == lo) {
      hi = lo + 1;
    }
    double pad = (hi - lo) * 0.06;
    double yLo = lo == 0 ? 0 : lo - pad;
    double yHi = hi + pad;
    int count = c.months().size();
    java.util.function.IntToDoubleFunction x =
        i -> LEFT + (count == 1 ? plotW / 2 : i * plotW / (count - 1));
    java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - (v - yLo) / (yHi - yLo) * plotH;
    // y axis: bottom, middle, top
    for (double v : new double[] {yLo, (yLo + yHi) / 2, yHi}) {
      h.append(text(LEFT - 4, y.applyAsDouble(v) + 3, format(type, v), "end"));
    }
    // x axis: first, middle and last month
    for (int i : new int[] {0, (count - 1) / 2, count - 1}) {
      h.append(text(x.applyAsDouble(i), H - 8, c.months().get(i).toString(), "middle"));
    }
    if (target != null) {
      double ty = y.applyAsDouble(target);
      h.append(line(LEFT, ty, LEFT + plotW, ty, "#2e8b57", "6,3"));
      h.append(text(LEFT + plotW + 4, ty + 3, "target", "start"));
    }
    if (c.centreLine() != null) {
      double cy = y.applyAsDouble(c.centreLine());
      h.append(line(LEFT, cy, LEFT + plotW, cy, "#777777", null));
      h.append(text(LEFT + plotW + 4, cy + 3, "median", "start"));
    }
    java.util.Set<YearMonth> marked = c.signalsByMonth().keySet();
    StringBuilder path = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < count; i++) {
      Double v = c.pooled().get(i);
      if (v == null) {
        flush(h, path);
        continue;
      }
      double px = x.applyAsDouble(i);
      double py = y.applyAsDouble(v);
      path.append(path.length() == 0 ? "" : " ").append(n(px)).append(',').append(n(py));
      dots.append("<circle cx=\"")
          .append(n(px))
          .append("\" cy=\"")
          .append(n(py))
          .append("\" r=\"2.8\" stroke=\"#1f5fa6\" fill=\"")
          .append(
              c.incomplete().get(i)
                  ? "#ffffff"
                  : marked.contains(c.months().get(i)) ? "#c0392b" : "#1f5fa6")
          .append("\"/>");
    }
    flush(h, path);
    h.append(dots).append("</svg>");
  }

  private static void flush(StringBuilder h, StringBuilder path) {
    if (path.length() > 0) {
      h.append("<polyline fill=\"none\" stroke=\"#1f5fa6\" stroke-width=\"1.4\" points=\"")
          .append(path)
          .append("\"/>");
      path.setLength(0);
    }
  }

  private static String rect(double x, double y, double w, double h) {
    return "<rect x=\""
        + n(x)
        + "\" y=\""
        + n(y)
        + "\" width=\""
        + n(w)
        + "\" height=\""
        + n(h)
        + "\" fill=\"none\" stroke=\"#999999\" stroke-width=\"0.6\"/>";
  }

  private static String line(
      double x1, double y1, double x2, double y2, String colour, String dash) {
    return "<line x1=\""
        + n(x1)
        + "\" y1=\""
        + n(y1)
        + "\" x2=\""
        + n(x2)
        + "\" y2=\""
        + n(y2)
        + "\" stroke=\""
        + colour
        + "\" stroke-width=\"1\""
        + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
        + "/>";
  }

  private static String text(double x, double y, String s, String anchor) {
    return "<text x=\""
        + n(x)
        + "\" y=\""
        + n(y)
        + "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"9\" fill=\"#444444\""
        + " text-anchor=\""
        + anchor
        + "\">"
        + esc(s)
        + "</text>";
  }

  private static String n(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /** A value as the report prints it: a proportion in percent, anything else with 2 decimals. */
  static String format(MeasureType type, double v) {
    if (type == MeasureType.PROPORTION) {
      return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
    return v == Math.rint(v) && Math.abs(v) < 1e12
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  /** Text for XHTML: markup characters escaped, characters XML cannot hold dropped. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }
}
