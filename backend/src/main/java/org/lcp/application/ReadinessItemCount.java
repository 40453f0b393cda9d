package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.collaborative.SetupSources;

/** Tells the setup checklist how many readiness items a collaborative has (one query). */
@ApplicationScoped
public class ReadinessItemCount implements SetupSources.ReadinessItems {

  private final ReadinessItemRepository items;

  public ReadinessItemCount(ReadinessItemRepository items) {
    this.items = items;
  }

  @Override
  public int count(UUID collaborativeId) {
    return (int) items.count("id.collaborativeId", collaborativeId);
  }
}
