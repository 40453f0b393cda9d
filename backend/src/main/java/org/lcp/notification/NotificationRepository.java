package org.lcp.notification;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

  /** A person's notifications, newest first. */
  public PanacheQuery<Notification> of(UUID userId, boolean unreadOnly) {
    return find(
        "userId = ?1" + (unreadOnly ? " and readAt is null" : "") + " order by createdAt desc, id",
        userId);
  }

  public long unread(UUID userId) {
    return count("userId = ?1 and readAt is null", userId);
  }

  /**
   * Writes one person's notification; false when the request has a dedup key under which they were
   * already told (then nothing is written).
   */
  boolean insert(UUID id, UUID userId, Notify n, Instant now) {
    return getEntityManager()
            .createNativeQuery(
                "insert into notification (id, user_id, kind, title, body, link, created_at, dedup_key)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                    + " on conflict (user_id, dedup_key) where dedup_key is not null do nothing")
            .setParameter(1, id)
            .setParameter(2, userId)
            .setParameter(3, n.kind())
            .setParameter(4, n.title())
            .setParameter(5, n.body())
            .setParameter(6, n.link())
            .setParameter(7, now)
            .setParameter(8, n.dedupKey())
            .executeUpdate()
        == 1;
  }
}
