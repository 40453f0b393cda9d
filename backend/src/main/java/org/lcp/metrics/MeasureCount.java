package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.collaborative.SetupSources;

/** Tells the setup checklist how many Core Data Set measures a collaborative has (one query). */
@ApplicationScoped
public class MeasureCount implements SetupSources.Measures {

  private final MeasureRepository measures;

  public MeasureCount(MeasureRepository measures) {
    this.measures = measures;
  }

  @Override
  public int count(UUID collaborativeId) {
    return (int) measures.count("collaborativeId", collaborativeId);
  }
}
