package org.lcp.notification;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Response;
import org.lcp.api.NotificationsApi;
import org.lcp.api.model.NotificationPreferencesInput;
import org.lcp.common.security.Actors;
import org.lcp.common.web.Responses;

/**
 * Notification preferences, marking all read, unsubscribe links (the only operations here without a
 * bearer token: the signed token says who and what) and the outbox's failures for admins.
 */
@Authenticated
public class NotificationResource implements NotificationsApi {

  private final Actors actors;
  private final NotificationService notifications;
  private final Outbox outbox;

  public NotificationResource(Actors actors, NotificationService notifications, Outbox outbox) {
    this.actors = actors;
    this.notifications = notifications;
    this.outbox = outbox;
  }

  @Override
  public Response markAllNotificationsRead() {
    return Responses.ok(notifications.markAllRead(actors.current()));
  }

  @Override
  public Response getMyNotificationPreferences() {
    return Responses.ok(notifications.myPreferences(actors.current()));
  }

  @Override
  public Response updateMyNotificationPreferences(
      NotificationPreferencesInput input, String ifMatch) {
    return Responses.ok(notifications.updateMyPreferences(actors.current(), ifMatch, input));
  }

  @Override
  @PermitAll
  public Response getUnsubscribe(String unsubscribeToken) {
    return noStore(notifications.unsubscription(unsubscribeToken));
  }

  @Override
  @PermitAll
  public Response unsubscribe(String unsubscribeToken, String listUnsubscribe) {
    return noStore(notifications.unsubscribe(unsubscribeToken));
  }

  @Override
  public Response listFailedMails(Integer page, Integer size) {
    return Responses.ok(outbox.failed(actors.current(), page, size));
  }

  private static Response noStore(Object body) {
    return Response.ok(body).header("Cache-Control", "no-store").build();
  }
}
