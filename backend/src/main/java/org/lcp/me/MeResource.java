package org.lcp.me;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.lcp.api.MeApi;
import org.lcp.common.security.Actors;
import org.lcp.common.web.Responses;
import org.lcp.notification.NotificationService;

/** Who the caller is (any authenticated person or machine client), and a person's notifications. */
@Authenticated
public class MeResource implements MeApi {

  private final Actors actors;
  private final MeService me;
  private final NotificationService notifications;

  public MeResource(Actors actors, MeService me, NotificationService notifications) {
    this.actors = actors;
    this.me = me;
    this.notifications = notifications;
  }

  @Override
  public Response getMe() {
    return Responses.ok(me.me(actors.current()));
  }

  @Override
  public Response listMyNotifications(Integer page, Integer size, Boolean unread) {
    return Responses.ok(
        notifications.mine(actors.current(), Boolean.TRUE.equals(unread), page, size));
  }

  @Override
  public Response markNotificationRead(UUID notificationId) {
    return Responses.ok(notifications.markRead(actors.current(), notificationId));
  }
}
