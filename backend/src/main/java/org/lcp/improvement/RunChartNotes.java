package org.lcp.improvement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.lcp.common.security.OrganizationScope;
import org.lcp.metrics.ChartNotes;

/** The teams' annotations and PDSA cycles, as the run charts show them. */
@ApplicationScoped
public class RunChartNotes implements ChartNotes {

  private final ChartAnnotationRepository annotations;

  public RunChartNotes(ChartAnnotationRepository annotations) {
    this.annotations = annotations;
  }

  @Override
  public List<Note> of(Collection<UUID> measureIds, OrganizationScope scope) {
    return annotations.notes(measureIds, scope).stream()
        .map(r -> new Note(r.measureId(), r.organizationId(), ImprovementMapper.toChart(r)))
        .toList();
  }
}
