package org.lcp.announcement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.lcp.common.error.ApiException;

@ApplicationScoped
public class AnnouncementRepository implements PanacheRepositoryBase<Announcement, UUID> {

  /** Pinned ones (still pinned at {@code now}) first, then the newest. */
  static final String ORDER =
      " order by case when pinnedUntil > :now then 0 else 1 end, publishedAt desc, id";

  /** A live (not deleted) announcement, or 404. */
  Announcement require(UUID id) {
    return find("id = ?1 and deletedAt is null", id)
        .firstResultOptional()
        .orElseThrow(() -> ApiException.notFound("announcement", id));
  }

  /** A collaborative's announcements, or the network's ({@code collaborativeId} null). */
  PanacheQuery<Announcement> of(UUID collaborativeId, Instant now) {
    return collaborativeId == null
        ? find("collaborativeId is null and deletedAt is null" + ORDER, Parameters.with("now", now))
        : find(
            "collaborativeId = :c and deletedAt is null" + ORDER,
            Parameters.with("now", now).and("c", collaborativeId));
  }

  /** The latest network-wide ones and those of these collaboratives, pinned first. */
  List<Announcement> latest(Collection<UUID> collaboratives, Instant now, int limit) {
    String where =
        collaboratives.isEmpty()
            ? "collaborativeId is null"
            : "(collaborativeId is null or collaborativeId in :cs)";
    Parameters p = Parameters.with("now", now);
    if (!collaboratives.isEmpty()) {
      p.and("cs", collaboratives);
    }
    return find(where + " and deletedAt is null" + ORDER, p).page(0, limit).list();
  }

  /** The network-wide announcements whose people are not all told yet. */
  List<UUID> awaitingFanout() {
    return getEntityManager()
        .createQuery(
            "select a.id from Announcement a where a.collaborativeId is null"
                + " and a.fannedOutAt is null and a.deletedAt is null order by a.publishedAt",
            UUID.class)
        .getResultList();
  }

  /**
   * A network-wide announcement still being told, locked for this transaction ({@code for update
   * skip locked}: a job on another replica skips it rather than tell one batch twice); null when
   * there is none or another transaction holds it.
   */
  Announcement claimForFanout(UUID id) {
    @SuppressWarnings("unchecked")
    List<Announcement> rows =
        getEntityManager()
            .createNativeQuery(
                "select * from announcement where id = ?1 and collaborative_id is null"
                    + " and fanned_out_at is null and deleted_at is null for update skip locked",
                Announcement.class)
            .setParameter(1, id)
            .getResultList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  /**
   * Records how far the telling got (native: the announcement's version, its ETag, stays as it is
   * while people are told).
   */
  void progress(UUID id, UUID cursor) {
    getEntityManager()
        .createNativeQuery("update announcement set fanout_cursor = ?2 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, cursor)
        .executeUpdate();
  }

  /** Everybody was told. */
  void toldEverybody(UUID id, Instant at) {
    getEntityManager()
        .createNativeQuery("update announcement set fanned_out_at = ?2 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, at)
        .executeUpdate();
  }
}
