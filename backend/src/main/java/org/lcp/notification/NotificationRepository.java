package org.lcp.notification;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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
}
