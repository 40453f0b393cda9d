package org.lcp.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lcp.common.web.Csv;
import org.lcp.metrics.RunChart;

/**
 * A pooled run chart's data as CSV (RFC 4180, UTF-8, header row): one row per month with each
 * team's value, the pooled value, n and N, the centre line, the target and the signals.
 */
final class RunChartCsv {

  private RunChartCsv() {}

  static void write(PooledChart chart, Map<UUID, String> teams, OutputStream out)
      throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write("period");
    for (String name : teams.values()) {
      w.write(',');
      w.write(Csv.text(name));
    }
    w.write(",pooled,teams,enrolledTeams,incomplete,centreLine,target,signal\r\n");
    Map<YearMonth, List<RunChart.Signal.Kind>> signals = chart.signalsByMonth();
    for (int i = 0; i < chart.months().size(); i++) {
      YearMonth p = chart.months().get(i);
      w.write(p.toString());
      for (UUID team : teams.keySet()) {
        w.write(',');
        w.write(Csv.number(chart.byTeam().getOrDefault(team, Map.of()).get(p)));
      }
      w.write(',');
      w.write(number(chart.pooled().get(i)));
      w.write(',');
      w.write(Integer.toString(chart.teams().get(i)));
      w.write(',');
      w.write(Integer.toString(chart.enrolled()));
      w.write(',');
      w.write(chart.incomplete().get(i) ? "true" : "false");
      w.write(',');
      w.write(number(chart.centreLine()));
      w.write(',');
      w.write(Csv.number(chart.measure().target()));
      w.write(',');
      w.write(
          Csv.text(
              signals.getOrDefault(p, List.of()).stream()
                  .map(Enum::name)
                  .collect(Collectors.joining(";"))));
      w.write("\r\n");
    }
    w.flush();
  }

  private static String number(Double d) {
    return d == null
        ? ""
        : Csv.number(BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP));
  }
}
