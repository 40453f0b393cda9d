package org.lcp.metrics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Collaboratives' reminder settings; a collaborative without a row has the defaults. */
@ApplicationScoped
public class MetricReminderSettingsRepository
    implements PanacheRepositoryBase<MetricReminderSettings, UUID> {

  /** The collaborative's settings (the defaults when never changed). */
  MetricReminderSettings of(UUID collaborativeId) {
    return findByIdOptional(collaborativeId)
        .orElseGet(() -> MetricReminderSettings.defaults(collaborativeId));
  }

  /** The settings row locked for a change, or null when the defaults apply. */
  MetricReminderSettings lockedOrNull(UUID collaborativeId) {
    return findByIdOptional(collaborativeId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
  }

  /** The settings of several collaboratives, in one query. */
  Map<UUID, MetricReminderSettings> of(Collection<UUID> collaborativeIds) {
    Map<UUID, MetricReminderSettings> out = new HashMap<>();
    if (!collaborativeIds.isEmpty()) {
      list("collaborativeId in ?1", collaborativeIds).forEach(s -> out.put(s.collaborativeId, s));
    }
    collaborativeIds.forEach(c -> out.computeIfAbsent(c, MetricReminderSettings::defaults));
    return out;
  }
}
