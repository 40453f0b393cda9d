package org.lcp.notification;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMail, UUID> {

  /**
   * Claims the oldest due e-mail (or the one given, when due) for this transaction: native, for
   * {@code for update skip locked}, so that two workers (the after-commit send, the retry job on
   * another replica) never claim the same row at once. The row is locked only until the claim
   * commits: what keeps it from a second worker while it is sent is the lease the claim writes (its
   * next attempt moved past the send, see {@link Outbox}).
   */
  OutboxMail claim(UUID only, Instant now) {
    var query =
        getEntityManager()
            .createNativeQuery(
                "select * from mail_outbox where status = 'PENDING' and next_attempt_at <= ?1"
                    + (only == null ? "" : " and id = ?2")
                    + " order by next_attempt_at, id limit 1 for update skip locked",
                OutboxMail.class)
            .setParameter(1, now);
    if (only != null) {
      query.setParameter(2, only);
    }
    @SuppressWarnings("unchecked")
    List<OutboxMail> rows = query.getResultList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  /**
   * The row, locked, if it is still pending under the lease of this attempt (its attempts count
   * unchanged since the claim); null once another worker claimed it again or it was settled.
   */
  OutboxMail leased(UUID id, int attempt) {
    @SuppressWarnings("unchecked")
    List<OutboxMail> rows =
        getEntityManager()
            .createNativeQuery(
                "select * from mail_outbox where id = ?1 and status = 'PENDING' and attempts = ?2"
                    + " for update",
                OutboxMail.class)
            .setParameter(1, id)
            .setParameter(2, attempt)
            .getResultList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  List<OutboxAttachment> attachments(UUID outboxId) {
    return getEntityManager()
        .createQuery(
            "from OutboxAttachment where outboxId = ?1 order by position", OutboxAttachment.class)
        .setParameter(1, outboxId)
        .getResultList();
  }

  void persistAttachment(OutboxAttachment a) {
    getEntityManager().persist(a);
  }

  /** Given up: newest first. */
  PanacheQuery<OutboxMail> failed() {
    return find("status = ?1 order by createdAt desc, id", OutboxMail.Status.FAILED);
  }

  long count(OutboxMail.Status status) {
    return count("status", status);
  }

  /** A digest already written under this key (one per person and period). */
  boolean exists(String dedupKey) {
    return count("dedupKey", dedupKey) > 0;
  }
}
