package org.lcp.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.common.error.ApiException;
import org.lcp.support.Db;

/**
 * The PostgreSQL blob store against the real database: bytes in and out unchanged over several
 * chunks, the size limit refusing with nothing kept, and the set-based monthly usage counter.
 */
@QuarkusTest
class PgBlobStoreTest {

  @Inject BlobStore blobs;
  @Inject LibraryUsage usage;

  static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  @Test
  void aFileOfSeveralChunksComesBackByteForByteWithItsSizeAndDigest() throws Exception {
    byte[] content = random(2 * PgBlobStore.CHUNK + 12_345, 16);
    BlobStore.Stored s =
        QuarkusTransaction.requiringNew()
            .call(() -> blobs.put(new ByteArrayInputStream(content), 25L << 20, "application/pdf"));
    assertThat(s.size()).isEqualTo(content.length);
    assertThat(s.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    assertThat(Db.count("select count(*) from library_blob_chunk where blob_id = '" + s.id() + "'"))
        .isEqualTo(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    blobs.copyTo(s.id(), out);
    assertThat(out.toByteArray()).isEqualTo(content);
    assertThat(blobs.size(s.id())).contains((long) content.length);
    assertThat(blobs.size(UUID.randomUUID())).isEmpty();

    // exactly one chunk, and nothing at all
    byte[] one = random(PgBlobStore.CHUNK, 7);
    BlobStore.Stored o =
        QuarkusTransaction.requiringNew()
            .call(() -> blobs.put(new ByteArrayInputStream(one), 25L << 20, "image/png"));
    out.reset();
    blobs.copyTo(o.id(), out);
    assertThat(out.toByteArray()).isEqualTo(one);
    BlobStore.Stored empty =
        QuarkusTransaction.requiringNew()
            .call(() -> blobs.put(InputStream.nullInputStream(), 10, "text/plain"));
    assertThat(empty.size()).isZero();
  }

  @Test
  void aFileOverTheLimitIs413AndLeavesNothing() {
    long before = Db.count("select count(*) from library_blob");
    long chunks = Db.count("select count(*) from library_blob_chunk");
    byte[] content = random(PgBlobStore.CHUNK + 10, 3);
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            blobs.put(
                                new ByteArrayInputStream(content),
                                PgBlobStore.CHUNK + 9,
                                "application/pdf")))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(413));
    assertThat(Db.count("select count(*) from library_blob")).isEqualTo(before);
    assertThat(Db.count("select count(*) from library_blob_chunk")).isEqualTo(chunks);
  }

  @Test
  void usesAreCountedInOneRowPerItemAndMonth() {
    UUID item = UUID.randomUUID();
    Db.execute(
        "insert into library_item (id, kind, title, audience, url, created_by_name, created_at,"
            + " updated_at) values ('"
            + item
            + "', 'LINK', 'A link', 'NETWORK', 'https://example.org', 'Test', now(), now())");
    YearMonth now = YearMonth.of(2026, 12);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              usage.count(item, now, true);
              usage.count(item, now, true);
              usage.count(item, now, false);
              usage.count(item, now.minusMonths(1), true);
            });
    assertThat(usage.of(item, now)).containsExactly(2, 1);
    assertThat(usage.of(item, now.minusMonths(1))).containsExactly(1, 0);
    assertThat(usage.of(item, now.plusMonths(1))).containsExactly(0, 0);
    assertThat(Db.count("select count(*) from library_usage where item_id = '" + item + "'"))
        .isEqualTo(2);
  }
}
