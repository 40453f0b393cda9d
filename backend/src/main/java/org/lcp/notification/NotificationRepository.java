package org.lcp.notification;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

  /** A person's notifications, newest first. */
  public PanacheQuery<Notification> of(UUID userId, boolean unreadOnly) {
    return find(
        "userId = ?1" + (unreadOnly ? " and readAt is null" : "") + " order by createdAt desc, id",
        userId);
  }

  public long unread(UUID userId) {
    return count("userId = ?1 and readAt is null", userId);
  }

  /**
   * Writes the request's notification for each person, in one statement, with whether it awaits
   * their digest; answers the people it was written for and each one's new row. With a dedup key, a
   * person already told under it is skipped (the unique index decides).
   */
  Map<UUID, UUID> insert(Map<UUID, Boolean> awaitingDigest, Notify n, Instant now) {
    Map<UUID, UUID> written = new HashMap<>();
    if (awaitingDigest.isEmpty()) {
      return written;
    }
    List<UUID> users = List.copyOf(awaitingDigest.keySet());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "insert into notification (id, user_id, kind, title, body, link, created_at,"
                    + " dedup_key, awaiting_digest)"
                    + " select gen_random_uuid(), r.user_id, ?3, ?4, ?5, ?6, ?7, ?8, r.awaiting"
                    + " from unnest(cast(string_to_array(?1, ',') as uuid[]),"
                    + " cast(string_to_array(?2, ',') as boolean[])) as r(user_id, awaiting)"
                    + " on conflict (user_id, dedup_key) where dedup_key is not null do nothing"
                    + " returning user_id, id")
            .setParameter(1, users.stream().map(UUID::toString).collect(Collectors.joining(",")))
            .setParameter(
                2,
                users.stream()
                    .map(u -> awaitingDigest.get(u).toString())
                    .collect(Collectors.joining(",")))
            .setParameter(3, n.kind())
            .setParameter(4, n.title())
            .setParameter(5, n.body())
            .setParameter(6, n.link())
            .setParameter(7, now)
            .setParameter(8, n.dedupKey())
            .getResultList();
    for (Object[] row : rows) {
      written.put((UUID) row[0], (UUID) row[1]);
    }
    return written;
  }

  /** Marks every unread notification of a person read; how many. */
  long markAllRead(UUID userId, Instant now) {
    return update("readAt = ?1 where userId = ?2 and readAt is null", now, userId);
  }

  /** The people with notifications awaiting a digest, created before {@code before}. */
  List<UUID> awaitingDigest(Instant before) {
    return getEntityManager()
        .createQuery(
            "select distinct n.userId from Notification n where n.awaitingDigest = true"
                + " and n.createdAt <= ?1",
            UUID.class)
        .setParameter(1, before)
        .getResultList();
  }

  /**
   * One person's notifications awaiting a digest, locked for this transaction (native, for {@code
   * for update skip locked}: a digest run on another replica skips them rather than tell twice).
   */
  List<Notification> claimAwaitingDigest(UUID userId, Instant before) {
    @SuppressWarnings("unchecked")
    List<Notification> rows =
        getEntityManager()
            .createNativeQuery(
                "select * from notification where user_id = ?1 and awaiting_digest"
                    + " and created_at <= ?2 order by created_at, id for update skip locked",
                Notification.class)
            .setParameter(1, userId)
            .setParameter(2, before)
            .getResultList();
    return rows;
  }
}
