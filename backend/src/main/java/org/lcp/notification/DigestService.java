package org.lcp.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.common.security.AppUser;
import org.lcp.common.security.AppUserRepository;

/**
 * Daily and weekly digests: one e-mail per person and period telling of the notifications of their
 * digest topics not yet digested. Each person is done in a transaction of their own that claims
 * their notifications ({@code for update skip locked}), writes the digest to the outbox under a key
 * unique per person and period, and marks what it told of; a run again after a crash, or on a
 * second replica, finds nothing new to tell.
 */
@ApplicationScoped
public class DigestService {

  private final NotificationRepository notifications;
  private final PreferenceRepository preferences;
  private final AppUserRepository users;
  private final OutboxRepository outboxRows;
  private final Outbox outbox;
  private final MailComposer composer;
  private final UnsubscribeLinks links;

  public DigestService(
      NotificationRepository notifications,
      PreferenceRepository preferences,
      AppUserRepository users,
      OutboxRepository outboxRows,
      Outbox outbox,
      MailComposer composer,
      UnsubscribeLinks links) {
    this.notifications = notifications;
    this.preferences = preferences;
    this.users = users;
    this.outboxRows = outboxRows;
    this.outbox = outbox;
    this.composer = composer;
    this.links = links;
  }

  /**
   * Writes the digests of this period ({@code DAILY_DIGEST} or {@code WEEKLY_DIGEST}) due at {@code
   * now}; returns how many digests it wrote.
   */
  public int run(Delivery period, Instant now) {
    if (!period.digest()) {
      throw new IllegalArgumentException(period + " is not a digest");
    }
    int written = 0;
    for (UUID user :
        QuarkusTransaction.requiringNew().call(() -> notifications.awaitingDigest(now))) {
      if (QuarkusTransaction.requiringNew().call(() -> digest(user, period, now))) {
        written++;
      }
    }
    return written;
  }

  /** The key of one person's digest of one period: the day, or the ISO week. */
  static String key(UUID user, Delivery period, Instant now) {
    ZonedDateTime t = now.atZone(ZoneOffset.UTC);
    String when =
        period == Delivery.WEEKLY_DIGEST
            ? t.get(IsoFields.WEEK_BASED_YEAR) + "-W" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
            : t.toLocalDate().toString();
    return "digest:"
        + (period == Delivery.WEEKLY_DIGEST ? "weekly" : "daily")
        + ":"
        + user
        + ":"
        + when;
  }

  private boolean digest(UUID user, Delivery period, Instant now) {
    List<Notification> pending = notifications.claimAwaitingDigest(user, now);
    if (pending.isEmpty()) {
      return false;
    }
    String dedupKey = key(user, period, now);
    if (outboxRows.exists(dedupKey)) {
      return false; // this period's digest went out already: the rest waits for the next one
    }
    Map<String, Delivery> current = preferences.of(user);
    List<Notification> told = new ArrayList<>();
    Set<String> topics = new LinkedHashSet<>();
    for (Notification n : pending) {
      String topic = Topics.of(n.kind);
      Delivery d = current.get(topic);
      if (d == period) {
        told.add(n);
        topics.add(topic);
      } else if (!d.digest()) {
        // the person chose in-app or e-mail at once since: no digest will tell of it
        n.awaitingDigest = false;
      } // else: the other digest takes it
    }
    AppUser person = users.findById(user);
    if (told.isEmpty() || person == null || person.email == null || person.email.isBlank()) {
      told.forEach(n -> n.awaitingDigest = false);
      return false;
    }
    List<MailComposer.DigestItem> items =
        told.stream()
            .map(
                n ->
                    new MailComposer.DigestItem(
                        n.title, n.body, composer.web(n.link), MailComposer.when(n.createdAt)))
            .toList();
    List<String> topicList = List.copyOf(topics);
    String token = links.token(user, topicList, now);
    MailComposer.Rendered mail =
        composer.digest(period, topicList, items, composer.unsubscribePage(token));
    UUID id =
        outbox.write(
            new Outbox.Letter(user, person.email, topicList, mail, null, dedupKey, List.of()),
            token,
            now);
    for (Notification n : told) {
      n.awaitingDigest = false;
      n.digestedAt = now;
      n.digestOutboxId = id;
    }
    outbox.sendAfterCommit(List.of(id), now);
    return true;
  }
}
