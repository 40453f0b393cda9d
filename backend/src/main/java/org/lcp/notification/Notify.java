package org.lcp.notification;

import java.util.List;
import java.util.UUID;

/**
 * A request to tell some people something, fired inside the transaction of the change it is about:
 * the in-app notifications are written with it, the e-mails go out once it has committed.
 *
 * @param recipients platform user ids
 */
public record Notify(List<UUID> recipients, String kind, String title, String body, String link) {}
