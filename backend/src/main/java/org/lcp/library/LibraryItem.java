package org.lcp.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lcp.common.security.Refs;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.security.Refs.LibraryItemRef;
import org.lcp.common.web.Tracked;

/**
 * A file or a link in a collaborative's or community's library, or the network's (no
 * collaborative).
 */
@Entity
@Table(name = "library_item")
public class LibraryItem extends Tracked {

  public enum Kind {
    FILE,
    LINK
  }

  /** Who may see it. */
  public enum Audience {
    /** Every signed-in person. */
    NETWORK,
    /** The members of its collaborative or community. */
    MEMBERS,
    /** One organisation's people. */
    TEAM
  }

  @Id public UUID id;

  @Column(name = "collaborative_id")
  public UUID collaborativeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  @Column(nullable = false)
  public String title;

  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public String[] tags;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Audience audience;

  @Column(name = "organization_id")
  public UUID organizationId;

  public String url;

  @Column(name = "current_version")
  public Integer currentVersion;

  @Column(name = "created_by")
  public UUID createdBy;

  @Column(name = "created_by_name", nullable = false)
  public String createdByName;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  /** The call whose archive this link came from (its recording or its slides). */
  @Column(name = "call_id")
  public UUID callId;

  @Enumerated(EnumType.STRING)
  @Column(name = "call_role")
  public CallRole callRole;

  /** Which of a call's archive links an item is. */
  public enum CallRole {
    RECORDING,
    SLIDES
  }

  LibraryItemRef ref(CollaborativeRef collaborative, boolean community) {
    return new LibraryItemRef(
        id,
        collaborative,
        community,
        Refs.LibraryAudience.valueOf(audience.name()),
        organizationId,
        createdBy);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind.name());
    m.put("title", title);
    m.put("description", description);
    m.put("tags", tags == null ? List.of() : List.of(tags));
    m.put("audience", audience.name());
    m.put("organizationId", organizationId == null ? null : organizationId.toString());
    m.put("url", url);
    m.put("currentVersion", currentVersion);
    m.put("deleted", deletedAt != null);
    return m;
  }
}
