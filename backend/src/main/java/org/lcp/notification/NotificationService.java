package org.lcp.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lcp.common.error.ApiException;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** In-app notifications, and the same by e-mail when SMTP is configured. */
@ApplicationScoped
public class NotificationService {

  private static final Logger LOG = Logger.getLogger(NotificationService.class);

  private final EntityManager em;
  private final Mailer mailer;
  private final boolean mailEnabled;

  public NotificationService(EntityManager em, Mailer mailer,
      @ConfigProperty(name = "lcp.mail.enabled") boolean mailEnabled) {
    this.em = em;
    this.mailer = mailer;
    this.mailEnabled = mailEnabled;
  }

  /** Written in the transaction of the change: no change without its notifications. */
  void record(@Observes(during = TransactionPhase.IN_PROGRESS) Notify n) {
    Instant now = Instant.now();
    for (UUID user : n.recipients().stream().distinct().toList()) {
      Notification row = new Notification();
      row.id = UUID.randomUUID();
      row.userId = user;
      row.kind = n.kind();
      row.title = n.title();
      row.body = n.body();
      row.link = n.link();
      row.createdAt = now;
      em.persist(row);
    }
  }

  /** Mailed only once the change has committed; a mail failure never undoes the change. */
  void mail(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notify n) {
    if (!mailEnabled || n.recipients().isEmpty()) {
      return;
    }
    try {
      List<String> addresses = em.createQuery("select u.email from AppUser u where u.id in :ids "
              + "and u.email is not null", String.class)
          .setParameter("ids", n.recipients()).getResultList();
      for (String to : addresses) {
        mailer.send(Mail.withText(to, n.title(), n.body()));
      }
    } catch (RuntimeException e) {
      LOG.warnf(e, "could not mail notification %s", n.kind());
    }
  }

  @Transactional
  public Paging<Notification> mine(UUID userId, boolean unreadOnly, Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? Paging.DEFAULT_SIZE : size;
    String where = "userId = :u" + (unreadOnly ? " and readAt is null" : "");
    List<Notification> items = em.createQuery("from Notification where " + where + " order by createdAt desc, id",
            Notification.class)
        .setParameter("u", userId).setFirstResult(p * s).setMaxResults(s).getResultList();
    long total = em.createQuery("select count(n) from Notification n where " + where, Long.class)
        .setParameter("u", userId).getSingleResult();
    return new Paging<>(items, p, s, total);
  }

  @Transactional
  public long unread(UUID userId) {
    return em.createQuery("select count(n) from Notification n where userId = :u and readAt is null", Long.class)
        .setParameter("u", userId).getSingleResult();
  }

  public static org.lcp.api.model.Notification toApi(Notification n) {
    return new org.lcp.api.model.Notification().id(n.id).kind(n.kind).title(n.title).body(n.body).link(n.link)
        .createdAt(Times.utc(n.createdAt)).readAt(Times.utc(n.readAt));
  }

  @Transactional
  public Notification markRead(UUID userId, UUID id) {
    Notification n = em.find(Notification.class, id);
    if (n == null || !n.userId.equals(userId)) {
      throw ApiException.notFound("notification", id);
    }
    if (n.readAt == null) {
      n.readAt = Instant.now();
    }
    return n;
  }
}
