package org.lcp.notification;

import java.util.List;
import java.util.UUID;

/**
 * A request to tell some people something, fired inside the transaction of the change it is about:
 * the in-app notifications are written with it, the e-mails go out once it has committed.
 *
 * @param recipients platform user ids
 * @param kind what it is about (one of the kinds a person can tune in their preferences)
 * @param dedupKey when set, a person is told at most once per key (a reminder for one team, measure
 *     and month; a notice of one call's move): a job that runs again after a crash or on a second
 *     replica sends nothing twice. Null: every request is new.
 * @param attachments files that go with the e-mail (an .ics invitation); never stored in-app
 */
public record Notify(
    List<UUID> recipients,
    String kind,
    String title,
    String body,
    String link,
    String dedupKey,
    List<Attachment> attachments) {

  public Notify {
    recipients = List.copyOf(recipients);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public Notify(List<UUID> recipients, String kind, String title, String body, String link) {
    this(recipients, kind, title, body, link, null, List.of());
  }

  /** A file sent with the e-mail. */
  public record Attachment(String name, String contentType, byte[] content) {}
}
