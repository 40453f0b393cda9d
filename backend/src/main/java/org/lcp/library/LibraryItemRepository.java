package org.lcp.library;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.web.Search;

/** Library items, their versions and their usage totals. */
@ApplicationScoped
public class LibraryItemRepository implements PanacheRepositoryBase<LibraryItem, UUID> {

  /** The item, or 404 when there is none (or it was deleted). */
  LibraryItem require(UUID id) {
    return find("id = ?1 and deletedAt is null", id)
        .firstResultOptional()
        .orElseThrow(() -> ApiException.notFound("library item", id));
  }

  /** The item a call's archive made (deleted or not). */
  Optional<LibraryItem> ofCall(UUID callId, LibraryItem.CallRole role) {
    return find("callId = ?1 and callRole = ?2", callId, role).firstResultOptional();
  }

  /**
   * What a list shows: the search, and which items the caller sees.
   *
   * @param collaborativeId one library (null: the network's list)
   * @param steward whether the caller sees every item of that library
   * @param organizations the caller's organisations (TEAM items)
   * @param networkOnly the network's own items only (the network's list)
   * @param hiddenCollaboratives collaboratives whose items the network's list leaves out (drafts
   *     the caller may not see)
   * @param admin whether the caller is an admin (sees every network-own item)
   */
  record Filter(
      UUID collaborativeId,
      boolean steward,
      Set<UUID> organizations,
      boolean networkOnly,
      Set<UUID> hiddenCollaboratives,
      boolean admin,
      String q,
      List<String> tags,
      LibraryItem.Kind kind) {}

  /** One page of items, newest first, and how many match. */
  record Page(List<LibraryItem> items, long total) {}

  Page list(Filter f, int page, int size) {
    StringBuilder where = new StringBuilder(" where i.deleted_at is null");
    Map<String, Object> p = new HashMap<>();
    String team = "(i.audience = 'TEAM' and i.organization_id in (:orgs))";
    if (f.collaborativeId() != null) {
      where.append(" and i.collaborative_id = :c");
      p.put("c", f.collaborativeId());
      if (!f.steward()) {
        where.append(" and (i.audience <> 'TEAM' or ").append(team).append(")");
      }
    } else {
      String own =
          f.admin()
              ? "i.collaborative_id is null"
              : "(i.collaborative_id is null and (i.audience = 'NETWORK' or " + team + "))";
      if (f.networkOnly()) {
        where.append(" and ").append(own);
      } else {
        where
            .append(" and (")
            .append(own)
            .append(" or (i.collaborative_id is not null and i.audience = 'NETWORK'");
        if (!f.hiddenCollaboratives().isEmpty()) {
          where.append(" and i.collaborative_id not in (:hidden)");
          p.put("hidden", f.hiddenCollaboratives());
        }
        where.append("))");
      }
    }
    if (f.kind() != null) {
      where.append(" and i.kind = :kind");
      p.put("kind", f.kind().name());
    }
    if (f.q() != null && !f.q().isBlank()) {
      int n = 0;
      for (String word : f.q().trim().split("\\s+")) {
        String name = "q" + n++;
        where
            .append(" and (")
            .append(Search.like("i.title", name))
            .append(" or ")
            .append(Search.like("coalesce(i.description, '')", name))
            .append(")");
        p.put(name, Search.containsPattern(word));
        if (n == 10) {
          break;
        }
      }
    }
    if (f.tags() != null && !f.tags().isEmpty()) {
      // every tag given must be on the item (tags are kept lower-case)
      int n = 0;
      for (String tag : f.tags()) {
        String name = "t" + n++;
        where.append(" and :").append(name).append(" = any(i.tags)");
        p.put(name, tag.trim().toLowerCase(Locale.ROOT));
      }
    }
    if (where.indexOf(":orgs") >= 0) {
      p.put("orgs", f.organizations().isEmpty() ? List.of(new UUID(0, 0)) : f.organizations());
    }
    Query count =
        getEntityManager().createNativeQuery("select count(*) from library_item i" + where);
    Query rows =
        getEntityManager()
            .createNativeQuery(
                "select i.* from library_item i"
                    + where
                    + " order by i.created_at desc, i.id desc limit :limit offset :offset",
                LibraryItem.class);
    p.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    rows.setParameter("limit", size);
    rows.setParameter("offset", (long) page * size);
    @SuppressWarnings("unchecked")
    List<LibraryItem> items = rows.getResultList();
    long total =
        items.size() < size && (page == 0 || !items.isEmpty())
            ? (long) page * size + items.size()
            : ((Number) count.getSingleResult()).longValue();
    return new Page(items, total);
  }

  /** The tags of the items a filter shows, most used first, then by name; at most 200. */
  List<Object[]> tags(Filter f) {
    Page all = list(f, 0, 5000);
    Map<String, Long> counts = new HashMap<>();
    for (LibraryItem i : all.items()) {
      if (i.tags != null) {
        for (String t : i.tags) {
          counts.merge(t, 1L, Long::sum);
        }
      }
    }
    List<Object[]> out = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(200)
        .forEach(e -> out.add(new Object[] {e.getKey(), e.getValue()}));
    return out;
  }

  /** The versions of an item, newest first. */
  List<LibraryItemVersion> versions(UUID itemId) {
    return getEntityManager()
        .createQuery(
            "from LibraryItemVersion v where v.itemId = :i order by v.number desc",
            LibraryItemVersion.class)
        .setParameter("i", itemId)
        .getResultList();
  }

  Optional<LibraryItemVersion> version(UUID itemId, int number) {
    return getEntityManager()
        .createQuery(
            "from LibraryItemVersion v where v.itemId = :i and v.number = :n",
            LibraryItemVersion.class)
        .setParameter("i", itemId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  /** The current versions of the items (file items with one): item id to version. */
  Map<UUID, LibraryItemVersion> currentVersions(Collection<LibraryItem> items) {
    Map<UUID, LibraryItemVersion> out = new HashMap<>();
    List<UUID> ids = items.stream().filter(i -> i.currentVersion != null).map(i -> i.id).toList();
    if (ids.isEmpty()) {
      return out;
    }
    Map<UUID, Integer> current = new HashMap<>();
    items.forEach(i -> current.put(i.id, i.currentVersion));
    getEntityManager()
        .createQuery("from LibraryItemVersion v where v.itemId in :ids", LibraryItemVersion.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            v -> {
              if (current.get(v.itemId) != null && current.get(v.itemId) == v.number) {
                out.put(v.itemId, v);
              }
            });
    return out;
  }

  /** The SHA-256 of blobs: blob id to hex. */
  Map<UUID, String> shas(Collection<UUID> blobIds) {
    Map<UUID, String> out = new HashMap<>();
    if (blobIds.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery("select id, sha256 from library_blob where id in (:ids)")
            .setParameter("ids", blobIds)
            .getResultList();
    for (Object[] r : rows) {
      out.put((UUID) r[0], (String) r[1]);
    }
    return out;
  }

  /** Downloads and opens of the items, every month: item id to {downloads, opens}. */
  Map<UUID, long[]> totals(Collection<UUID> ids) {
    Map<UUID, long[]> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select item_id, sum(downloads), sum(opens) from library_usage"
                    + " where item_id in (:ids) group by item_id")
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] r : rows) {
      out.put((UUID) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
    }
    return out;
  }

  /**
   * Per month of a collaborative's library: items added, downloads, opens (month to {added,
   * downloads, opens}).
   */
  Map<YearMonth, long[]> usage(UUID collaborativeId, YearMonth from, YearMonth to) {
    Map<YearMonth, long[]> out = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> added =
        getEntityManager()
            .createNativeQuery(
                "select cast(date_trunc('month', created_at at time zone 'UTC') as date), count(*)"
                    + " from library_item where collaborative_id = :c"
                    + " and created_at >= :from and created_at < :to group by 1")
            .setParameter("c", collaborativeId)
            .setParameter("from", from.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
            .setParameter(
                "to", to.plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
            .getResultList();
    for (Object[] r : added) {
      out.computeIfAbsent(month(r[0]), m -> new long[3])[0] = ((Number) r[1]).longValue();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> used =
        getEntityManager()
            .createNativeQuery(
                "select u.month, sum(u.downloads), sum(u.opens) from library_usage u"
                    + " join library_item i on i.id = u.item_id"
                    + " where i.collaborative_id = :c and u.month >= :from and u.month <= :to"
                    + " group by u.month")
            .setParameter("c", collaborativeId)
            .setParameter("from", from.atDay(1))
            .setParameter("to", to.atDay(1))
            .getResultList();
    for (Object[] r : used) {
      long[] m = out.computeIfAbsent(month(r[0]), k -> new long[3]);
      m[1] = ((Number) r[1]).longValue();
      m[2] = ((Number) r[2]).longValue();
    }
    return out;
  }

  private static YearMonth month(Object date) {
    if (date instanceof java.sql.Date d) {
      return YearMonth.from(d.toLocalDate());
    }
    return YearMonth.from((java.time.LocalDate) date);
  }
}
