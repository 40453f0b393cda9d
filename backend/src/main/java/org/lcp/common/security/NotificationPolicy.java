package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.common.error.ApiException;

/** Notifications: a person reads their own; nobody else's exist for them (404). */
@ApplicationScoped
public class NotificationPolicy {

  /** The person whose notifications are read (people only). */
  public UUID requireOwnInbox(Actor actor) {
    actor.requirePerson();
    return actor.userId();
  }

  /** One notification: its recipient's alone; anyone else gets 404. */
  public void requireRecipient(Actor actor, UUID notificationId, UUID recipientId) {
    actor.requirePerson();
    if (!recipientId.equals(actor.userId())) {
      throw ApiException.notFound("notification", notificationId);
    }
  }

  /** The mail outbox's failures: platform admins only. */
  public void requireOutboxReader(Actor actor) {
    actor.requireAdmin();
  }
}
