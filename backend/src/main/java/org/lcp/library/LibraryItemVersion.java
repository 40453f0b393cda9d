package org.lcp.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One upload of a file item's content: its blob, name, type and size. */
@Entity
@Table(name = "library_item_version")
public class LibraryItemVersion {

  @Id public UUID id;

  @Column(name = "item_id", nullable = false)
  public UUID itemId;

  @Column(nullable = false)
  public int number;

  @Column(name = "blob_id", nullable = false)
  public UUID blobId;

  @Column(name = "file_name", nullable = false)
  public String fileName;

  @Column(name = "content_type", nullable = false)
  public String contentType;

  @Column(name = "size_bytes", nullable = false)
  public long sizeBytes;

  public String note;

  @Column(name = "created_by")
  public UUID createdBy;

  @Column(name = "created_by_name", nullable = false)
  public String createdByName;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
