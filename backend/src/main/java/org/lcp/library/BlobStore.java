package org.lcp.library;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the bytes of uploaded files live, apart from the rows that describe them: written from a
 * stream and read into a stream, never held whole in memory. {@link PgBlobStore} keeps them in
 * PostgreSQL (chunks of a blob table, in the caller's transaction); a filesystem or S3-compatible
 * store can take its place behind this interface.
 */
public interface BlobStore {

  /** A stored blob: its id, size and SHA-256 (hex). */
  record Stored(UUID id, long size, String sha256) {}

  /**
   * Stores what the stream gives, up to {@code maxBytes} (413 problem past it, nothing kept).
   *
   * @param contentType what the bytes are, as checked by the caller
   */
  Stored put(InputStream in, long maxBytes, String contentType);

  /** Writes the blob's bytes to {@code out}, in order, one chunk at a time. */
  void copyTo(UUID id, OutputStream out);

  /** The blob's size, when it exists. */
  Optional<Long> size(UUID id);
}
