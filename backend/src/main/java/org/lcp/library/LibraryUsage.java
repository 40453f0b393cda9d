package org.lcp.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Downloads of files and opens of links, per item and month: one row per item-month, incremented by
 * one set-based upsert per use (never read, changed and written back).
 */
@ApplicationScoped
public class LibraryUsage {

  private final EntityManager em;

  public LibraryUsage(EntityManager em) {
    this.em = em;
  }

  /** Counts one download (a file) or one open (a link) of the item in the month. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void count(UUID itemId, YearMonth month, boolean download) {
    em.createNativeQuery(
            "insert into library_usage (item_id, month, downloads, opens) values (?1, ?2, ?3, ?4)"
                + " on conflict (item_id, month) do update set"
                + " downloads = library_usage.downloads + excluded.downloads,"
                + " opens = library_usage.opens + excluded.opens")
        .setParameter(1, itemId)
        .setParameter(2, month.atDay(1))
        .setParameter(3, download ? 1 : 0)
        .setParameter(4, download ? 0 : 1)
        .executeUpdate();
  }

  /** The item's downloads and opens in the month: {downloads, opens}. */
  @Transactional
  public long[] of(UUID itemId, YearMonth month) {
    LocalDate m = month.atDay(1);
    var rows =
        em.createNativeQuery(
                "select downloads, opens from library_usage where item_id = ?1 and month = ?2")
            .setParameter(1, itemId)
            .setParameter(2, m)
            .getResultList();
    if (rows.isEmpty()) {
      return new long[] {0, 0};
    }
    Object[] r = (Object[]) rows.get(0);
    return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
  }
}
