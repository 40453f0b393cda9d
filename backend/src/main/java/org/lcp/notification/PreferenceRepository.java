package org.lcp.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PreferenceRepository
    implements PanacheRepositoryBase<NotificationPreference, NotificationPreference.Key> {

  /** Every topic with the person's delivery (the default where they did not choose). */
  Map<String, Delivery> of(UUID userId) {
    Map<String, Delivery> chosen = new HashMap<>();
    for (NotificationPreference p : list("userId", userId)) {
      chosen.put(p.topic, p.delivery);
    }
    Map<String, Delivery> all = new LinkedHashMap<>();
    for (String topic : Topics.all()) {
      all.put(topic, chosen.getOrDefault(topic, Topics.defaultOf(topic)));
    }
    return all;
  }

  /** These people's delivery for one topic (the default for those who did not choose). */
  Map<UUID, Delivery> forTopic(Collection<UUID> users, String topic) {
    Map<UUID, Delivery> result = new HashMap<>();
    if (users.isEmpty()) {
      return result;
    }
    List<NotificationPreference> rows = list("userId in ?1 and topic = ?2", users, topic);
    for (UUID u : users) {
      result.put(u, Topics.defaultOf(topic));
    }
    for (NotificationPreference p : rows) {
      result.put(p.userId, p.delivery);
    }
    return result;
  }

  Delivery of(UUID userId, String topic) {
    return forTopic(List.of(userId), topic).get(userId);
  }

  /** Sets one topic's delivery (an upsert: two requests at once both end with a row). */
  void set(UUID userId, String topic, Delivery delivery, Instant now) {
    getEntityManager()
        .createNativeQuery(
            "insert into notification_preference (user_id, topic, delivery, updated_at)"
                + " values (?1, ?2, ?3, ?4) on conflict (user_id, topic) do update"
                + " set delivery = excluded.delivery, updated_at = excluded.updated_at")
        .setParameter(1, userId)
        .setParameter(2, topic)
        .setParameter(3, delivery.name())
        .setParameter(4, now)
        .executeUpdate();
  }
}
