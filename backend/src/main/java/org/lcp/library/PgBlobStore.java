package org.lcp.library;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;

/**
 * Blobs in PostgreSQL: a {@code library_blob} row and its bytes in {@code library_blob_chunk} rows
 * of {@link #CHUNK} bytes. Writing reads the stream one chunk at a time and inserts it; reading
 * selects one chunk at a time. The connection comes from the datasource, so inside a transaction
 * the blob commits (or rolls back) with the rows that describe it.
 */
@ApplicationScoped
public class PgBlobStore implements BlobStore {

  /** Bytes per chunk row. */
  static final int CHUNK = 512 * 1024;

  private final DataSource db;

  public PgBlobStore(DataSource db) {
    this.db = db;
  }

  @Override
  public Stored put(InputStream in, long maxBytes, String contentType) {
    UUID id = UUID.randomUUID();
    MessageDigest sha = sha256();
    long size = 0;
    try (Connection c = db.getConnection()) {
      try (PreparedStatement head =
          c.prepareStatement(
              "insert into library_blob (id, size_bytes, sha256, content_type, created_at)"
                  + " values (?, 0, '', ?, ?)")) {
        head.setObject(1, id);
        head.setString(2, contentType);
        head.setTimestamp(3, Timestamp.from(Instant.now()));
        head.executeUpdate();
      }
      try (DigestInputStream digest = new DigestInputStream(in, sha);
          PreparedStatement chunk =
              c.prepareStatement(
                  "insert into library_blob_chunk (blob_id, seq, data) values (?, ?, ?)")) {
        byte[] buffer = new byte[CHUNK];
        int seq = 0;
        while (true) {
          int n = digest.readNBytes(buffer, 0, CHUNK);
          if (n == 0) {
            break;
          }
          size += n;
          if (size > maxBytes) {
            throw tooLarge(maxBytes);
          }
          chunk.setObject(1, id);
          chunk.setInt(2, seq++);
          chunk.setBytes(3, n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n));
          chunk.executeUpdate();
          if (n < CHUNK) {
            break;
          }
        }
      }
      String hex = HexFormat.of().formatHex(sha.digest());
      try (PreparedStatement done =
          c.prepareStatement("update library_blob set size_bytes = ?, sha256 = ? where id = ?")) {
        done.setLong(1, size);
        done.setString(2, hex);
        done.setObject(3, id);
        done.executeUpdate();
      }
      return new Stored(id, size, hex);
    } catch (SQLException e) {
      throw new IllegalStateException("storing a blob failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void copyTo(UUID id, OutputStream out) {
    try (Connection c = db.getConnection();
        PreparedStatement chunk =
            c.prepareStatement(
                "select data from library_blob_chunk where blob_id = ? and seq = ?")) {
      for (int seq = 0; ; seq++) {
        chunk.setObject(1, id);
        chunk.setInt(2, seq);
        try (ResultSet rs = chunk.executeQuery()) {
          if (!rs.next()) {
            return;
          }
          out.write(rs.getBytes(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading a blob failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<Long> size(UUID id) {
    try (Connection c = db.getConnection();
        PreparedStatement q =
            c.prepareStatement("select size_bytes from library_blob where id = ?")) {
      q.setObject(1, id);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading a blob failed", e);
    }
  }

  static ApiException tooLarge(long maxBytes) {
    return new ApiException(
        413,
        ProblemTypes.PAYLOAD_TOO_LARGE,
        "Payload too large",
        "the file has more than " + maxBytes + " bytes; the library takes at most " + maxBytes,
        null,
        null);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
