package org.lcp.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.api.model.MarkedRead;
import org.lcp.api.model.NotificationDelivery;
import org.lcp.api.model.NotificationPage;
import org.lcp.api.model.NotificationPreference;
import org.lcp.api.model.NotificationPreferenceInput;
import org.lcp.api.model.NotificationPreferences;
import org.lcp.api.model.NotificationPreferencesInput;
import org.lcp.api.model.NotificationTopic;
import org.lcp.api.model.Unsubscription;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AppUser;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.security.NotificationPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;

/**
 * In-app notifications, and e-mail as each person wants it: at once (through the outbox), in a
 * digest, or not at all, per topic; preferences, marking read and unsubscribe links.
 */
@ApplicationScoped
public class NotificationService {

  private final NotificationRepository notifications;
  private final PreferenceRepository preferences;
  private final AppUserRepository users;
  private final NotificationPolicy policy;
  private final Outbox outbox;
  private final MailComposer composer;
  private final UnsubscribeLinks links;
  private final boolean mailEnabled;

  public NotificationService(
      NotificationRepository notifications,
      PreferenceRepository preferences,
      AppUserRepository users,
      NotificationPolicy policy,
      Outbox outbox,
      MailComposer composer,
      UnsubscribeLinks links,
      @ConfigProperty(name = "lcp.mail.enabled") boolean mailEnabled) {
    this.notifications = notifications;
    this.preferences = preferences;
    this.users = users;
    this.policy = policy;
    this.outbox = outbox;
    this.composer = composer;
    this.links = links;
    this.mailEnabled = mailEnabled;
  }

  /**
   * Written in the transaction of the change: no change without its notifications. With a dedup
   * key, a person who was already told under that key is skipped (the unique index decides, so two
   * replicas racing tell them once). Each person newly told hears of it as their preference for the
   * kind's topic says: an e-mail written to the outbox in this same transaction (sent once it
   * commits), a mark for the next digest, or in the app only.
   */
  void record(@Observes(during = TransactionPhase.IN_PROGRESS) Notify n) {
    Instant now = Instant.now();
    String topic = Topics.of(n.kind());
    List<UUID> recipients = n.recipients().stream().distinct().toList();
    Map<UUID, Delivery> deliveries =
        mailEnabled ? preferences.forTopic(recipients, topic) : Map.of();
    Map<UUID, Boolean> awaitingDigest = new LinkedHashMap<>();
    for (UUID user : recipients) {
      awaitingDigest.put(user, deliveries.getOrDefault(user, Delivery.IN_APP).digest());
    }
    Map<UUID, UUID> toMail = new HashMap<>();
    notifications
        .insert(awaitingDigest, n, now)
        .forEach(
            (user, id) -> {
              if (deliveries.getOrDefault(user, Delivery.IN_APP) == Delivery.EMAIL) {
                toMail.put(user, id);
              }
            });
    if (toMail.isEmpty()) {
      return;
    }
    List<UUID> written = new ArrayList<>();
    for (AppUser u : users.list("id in ?1", toMail.keySet())) {
      if (u.email == null || u.email.isBlank()) {
        continue;
      }
      String token = links.token(u.id, List.of(topic), now);
      MailComposer.Rendered mail = composer.notification(n, composer.unsubscribePage(token));
      written.add(
          outbox.write(
              new Outbox.Letter(
                  u.id, u.email, List.of(topic), mail, toMail.get(u.id), null, n.attachments()),
              token,
              now));
    }
    outbox.sendAfterCommit(written, now);
  }

  @Transactional
  public NotificationPage mine(Actor actor, boolean unreadOnly, Integer page, Integer size) {
    UUID me = policy.requireOwnInbox(actor);
    Paging<Notification> result = Paging.of(notifications.of(me, unreadOnly), page, size);
    return new NotificationPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .unread(notifications.unread(me))
        .items(result.items().stream().map(NotificationService::toApi).toList());
  }

  @Transactional
  public org.lcp.api.model.Notification markRead(Actor actor, UUID id) {
    policy.requireOwnInbox(actor);
    Notification n =
        notifications
            .findByIdOptional(id)
            .orElseThrow(() -> ApiException.notFound("notification", id));
    policy.requireRecipient(actor, id, n.userId);
    if (n.readAt == null) {
      n.readAt = Instant.now();
    }
    return toApi(n);
  }

  /** Every unread notification of the caller read at once; how many there were. */
  @Transactional
  public MarkedRead markAllRead(Actor actor) {
    UUID me = policy.requireOwnInbox(actor);
    return new MarkedRead().marked(notifications.markAllRead(me, Instant.now()));
  }

  // ---- preferences -----------------------------------------------------------------------------

  @Transactional
  public Versioned<NotificationPreferences> myPreferences(Actor actor) {
    UUID me = policy.requireOwnInbox(actor);
    Map<String, Delivery> all = preferences.of(me);
    return Versioned.tagged(tagOf(all), preferencesView(all));
  }

  /**
   * The topics listed take their delivery; the others keep theirs. {@code ifMatch} must name the
   * settings as they are (a save from a stale form would undo another tab's or an unsubscribe's).
   */
  @Transactional
  public Versioned<NotificationPreferences> updateMyPreferences(
      Actor actor, String ifMatch, NotificationPreferencesInput input) {
    UUID me = policy.requireOwnInbox(actor);
    List<Violation> violations = new ArrayList<>();
    Set<NotificationTopic> seen = new HashSet<>();
    List<NotificationPreferenceInput> items = input.getPreferences();
    for (int i = 0; i < items.size(); i++) {
      if (!seen.add(items.get(i).getTopic())) {
        violations.add(
            Violation.body(
                "preferences[" + i + "].topic",
                "topic " + items.get(i).getTopic() + " is listed more than once"));
      }
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    Instant now = Instant.now();
    Map<String, Delivery> all = preferences.of(me);
    ETags.require(ifMatch, tagOf(all));
    for (NotificationPreferenceInput p : items) {
      String topic = p.getTopic().toString();
      Delivery d = Enums.map(p.getDelivery(), Delivery.class);
      preferences.set(me, topic, d, now);
      all.put(topic, d);
    }
    return Versioned.tagged(tagOf(all), preferencesView(all));
  }

  /**
   * The ETag of a person's settings: a digest of every topic's delivery, so it changes exactly when
   * one of them does, whoever changed it (no version column: the settings are one row per topic
   * chosen).
   */
  static String tagOf(Map<String, Delivery> all) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(all).forEach((t, d) -> text.append(t).append('=').append(d).append(';'));
    return "\"p-" + ETags.digest(text.toString()).substring(0, 22) + "\"";
  }

  private NotificationPreferences preferencesView(Map<String, Delivery> all) {
    return new NotificationPreferences()
        .mailEnabled(mailEnabled)
        .items(all.entrySet().stream().map(e -> preference(e.getKey(), e.getValue())).toList());
  }

  private static NotificationPreference preference(String topic, Delivery d) {
    return new NotificationPreference()
        .topic(NotificationTopic.fromValue(topic))
        .delivery(Enums.map(d, NotificationDelivery.class))
        .defaultDelivery(Enums.map(Topics.defaultOf(topic), NotificationDelivery.class));
  }

  // ---- unsubscribe links (no sign-in: the signed token says who and what) -----------------------

  /** What the link will do: its topics and how the person hears of them now. */
  @Transactional
  public Unsubscription unsubscription(String token) {
    UnsubscribeLinks.Target t = links.verify(token, Instant.now());
    Map<String, Delivery> all = preferences.of(t.userId());
    return unsubscriptionView(t, all);
  }

  /** Turns the link's topics to in-app only; again changes nothing. */
  @Transactional
  public Unsubscription unsubscribe(String token) {
    Instant now = Instant.now();
    UnsubscribeLinks.Target t = links.verify(token, now);
    Map<String, Delivery> all = preferences.of(t.userId());
    for (String topic : t.topics()) {
      if (all.get(topic) != Delivery.IN_APP) {
        preferences.set(t.userId(), topic, Delivery.IN_APP, now);
        all.put(topic, Delivery.IN_APP);
      }
    }
    return unsubscriptionView(t, all);
  }

  private Unsubscription unsubscriptionView(UnsubscribeLinks.Target t, Map<String, Delivery> all) {
    String email = users.findByIdOptional(t.userId()).map(u -> u.email).orElse(null);
    return new Unsubscription()
        .email(mask(email))
        .items(t.topics().stream().map(topic -> preference(topic, all.get(topic))).toList());
  }

  /** r***@example.org: enough for the person to recognise, not enough to harvest. */
  static String mask(String email) {
    if (email == null) {
      return "";
    }
    int at = email.indexOf('@');
    if (at <= 0) {
      return "***";
    }
    return email.substring(0, 1) + "***" + email.substring(at).toLowerCase(Locale.ROOT);
  }

  static org.lcp.api.model.Notification toApi(Notification n) {
    return new org.lcp.api.model.Notification()
        .id(n.id)
        .kind(n.kind)
        .title(n.title)
        .body(n.body)
        .link(n.link)
        .createdAt(Times.utc(n.createdAt))
        .readAt(Times.utc(n.readAt));
  }
}
