package org.lcp.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.web.Tracked;

/**
 * News to one collaborative or learning community, or to the whole network ({@code collaborativeId}
 * null).
 */
@Entity
@Table(name = "announcement")
public class Announcement extends Tracked {

  @Id public UUID id;

  /** Null: network-wide. */
  @Column(name = "collaborative_id")
  public UUID collaborativeId;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String body;

  @Column(name = "published_at", nullable = false)
  public Instant publishedAt;

  @Column(name = "pinned_until")
  public Instant pinnedUntil;

  @Column(name = "author_user_id")
  public UUID authorUserId;

  @Column(name = "author_name", nullable = false)
  public String authorName;

  /** Network-wide ones: the last person told (by id) while the job tells everybody in batches. */
  @Column(name = "fanout_cursor")
  public UUID fanoutCursor;

  @Column(name = "fanned_out_at")
  public Instant fannedOutAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  public boolean networkWide() {
    return collaborativeId == null;
  }

  public boolean pinned(Instant now) {
    return pinnedUntil != null && pinnedUntil.isAfter(now);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("body", body);
    m.put("pinnedUntil", pinnedUntil == null ? null : pinnedUntil.toString());
    m.put("deletedAt", deletedAt == null ? null : deletedAt.toString());
    return m;
  }
}
