package org.lcp.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lcp.api.model.NotificationPage;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.security.NotificationPolicy;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;

/** In-app notifications, and the same by e-mail when SMTP is configured. */
@ApplicationScoped
public class NotificationService {

  private static final Logger LOG = Logger.getLogger(NotificationService.class);

  private final NotificationRepository notifications;
  private final AppUserRepository users;
  private final NotificationPolicy policy;
  private final Mailer mailer;
  private final TransactionSynchronizationRegistry transactions;
  private final boolean mailEnabled;

  public NotificationService(
      NotificationRepository notifications,
      AppUserRepository users,
      NotificationPolicy policy,
      Mailer mailer,
      TransactionSynchronizationRegistry transactions,
      @ConfigProperty(name = "lcp.mail.enabled") boolean mailEnabled) {
    this.notifications = notifications;
    this.users = users;
    this.policy = policy;
    this.mailer = mailer;
    this.transactions = transactions;
    this.mailEnabled = mailEnabled;
  }

  /**
   * Written in the transaction of the change: no change without its notifications. With a dedup
   * key, a person who was already told under that key is skipped (the unique index decides, so two
   * replicas racing tell them once).
   */
  void record(@Observes(during = TransactionPhase.IN_PROGRESS) Notify n) {
    Instant now = Instant.now();
    List<UUID> told = new ArrayList<>();
    for (UUID user : n.recipients().stream().distinct().toList()) {
      if (notifications.insert(UUID.randomUUID(), user, n, now)) {
        told.add(user);
      }
    }
    if (mailEnabled && !told.isEmpty()) {
      List<String> to = users.emailsOf(told);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // nothing to do before the change commits
            }

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                mail(n, to);
              }
            }
          });
    }
  }

  /** Mailed only once the change has committed; a mail failure never undoes the change. */
  private void mail(Notify n, List<String> addresses) {
    try {
      for (String to : addresses) {
        mailer.send(Mail.withText(to, n.title(), n.body()));
      }
    } catch (RuntimeException e) {
      LOG.warnf(e, "could not mail notification %s", n.kind());
    }
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
