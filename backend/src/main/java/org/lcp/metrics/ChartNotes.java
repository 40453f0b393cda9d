package org.lcp.metrics;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.RunChartAnnotation;
import org.lcp.api.model.RunChartSeries;
import org.lcp.common.security.OrganizationScope;

/**
 * What a team's run chart shows beside its values: the team's annotations and PDSA cycles at their
 * months. The package that keeps them (org.lcp.improvement) implements it, so that metrics does not
 * depend on it; {@link RunChartService} calls {@link #attach} once per request.
 */
public interface ChartNotes {

  /** A note on one team's chart of one measure. */
  record Note(UUID measureId, UUID organizationId, RunChartAnnotation view) {}

  /**
   * The notes of these measures for the teams in {@code scope}, ordered by period: one statement
   * whatever the number of measures, teams and notes.
   */
  List<Note> of(Collection<UUID> measureIds, OrganizationScope scope);

  /**
   * Gives every team series of the charts its notes (an empty list when it has none); the pooled
   * series has none. Returns the charts given.
   */
  default List<org.lcp.api.model.RunChart> attach(
      List<org.lcp.api.model.RunChart> charts, OrganizationScope scope) {
    if (charts.isEmpty()) {
      return charts;
    }
    Map<UUID, Map<UUID, List<RunChartAnnotation>>> byMeasureAndTeam = new HashMap<>();
    for (Note n :
        of(charts.stream().map(org.lcp.api.model.RunChart::getMeasureId).toList(), scope)) {
      byMeasureAndTeam
          .computeIfAbsent(n.measureId(), k -> new HashMap<>())
          .computeIfAbsent(n.organizationId(), k -> new java.util.ArrayList<>())
          .add(n.view());
    }
    for (org.lcp.api.model.RunChart chart : charts) {
      Map<UUID, List<RunChartAnnotation>> byTeam =
          byMeasureAndTeam.getOrDefault(chart.getMeasureId(), Map.of());
      for (RunChartSeries series : chart.getTeams()) {
        series.annotations(byTeam.getOrDefault(series.getOrganizationId(), List.of()));
      }
      if (chart.getPooled() != null) {
        chart.getPooled().annotations(null);
      }
    }
    return charts;
  }
}
