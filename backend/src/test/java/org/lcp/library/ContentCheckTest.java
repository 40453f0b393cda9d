package org.lcp.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.lcp.common.error.ApiException;

/** The allow-list and the magic numbers: each type's own bytes pass, whole; others are 415. */
class ContentCheckTest {

  static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
  static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 6, 0};
  static final byte[] MP4 = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};

  static byte[] passed(byte[] content, String type) throws IOException {
    try (InputStream in = ContentCheck.check(new ByteArrayInputStream(content), type)) {
      return in.readAllBytes();
    }
  }

  static int refused(byte[] content, String type) {
    try {
      ContentCheck.check(new ByteArrayInputStream(content), type);
      return 200;
    } catch (ApiException e) {
      return e.status();
    }
  }

  @Test
  void eachAllowedTypeWithItsOwnBytesPassesWithEveryByteKept() throws IOException {
    assertThat(passed(PDF, "application/pdf")).isEqualTo(PDF);
    assertThat(passed(PNG, "image/png")).isEqualTo(PNG);
    assertThat(passed(JPEG, "image/jpeg")).isEqualTo(JPEG);
    for (String office :
        new String[] {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        }) {
      assertThat(passed(ZIP, office)).isEqualTo(ZIP);
    }
    assertThat(passed(MP4, "video/mp4")).isEqualTo(MP4);
    byte[] csv = "site,month,screened\nRiverside,2026-11,12\nÉcole,2026-11,3\n".getBytes();
    assertThat(passed(csv, "text/csv; charset=UTF-8")).isEqualTo(csv);
    // a long text whose first 4096 bytes end inside a two-byte character
    byte[] text = ("x".repeat(ContentCheck.HEAD - 1) + "é and more").getBytes();
    assertThat(passed(text, "TEXT/PLAIN")).isEqualTo(text);
    byte[] big = new byte[3 * ContentCheck.HEAD];
    Arrays.fill(big, (byte) 'a');
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThat(passed(big, "application/pdf")).isEqualTo(big);
  }

  @Test
  void aTypeOffTheListOrBytesOfAnotherTypeAre415NamingTheType() {
    assertThatThrownBy(
            () -> ContentCheck.check(new ByteArrayInputStream(EXE), "application/x-msdownload"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("application/x-msdownload");
    assertThatThrownBy(() -> ContentCheck.check(new ByteArrayInputStream(PNG), "application/pdf"))
        .hasMessageContaining("declared application/pdf")
        .hasMessageContaining("looks like image/png");
    assertThatThrownBy(() -> ContentCheck.check(new ByteArrayInputStream(EXE), "image/jpeg"))
        .hasMessageContaining("a Windows program");
    assertThat(refused(EXE, "application/pdf")).isEqualTo(415);
    assertThat(refused(PDF, "image/png")).isEqualTo(415);
    assertThat(refused(PNG, "text/plain")).isEqualTo(415); // a NUL byte: not text
    assertThat(refused(new byte[] {(byte) 0xC3, 0x28, 'a', 'b'}, "text/csv")).isEqualTo(415);
    assertThat(refused(ZIP, "video/mp4")).isEqualTo(415);
    assertThat(refused(PDF, null)).isEqualTo(415);
    assertThat(refused(PDF, "application/octet-stream")).isEqualTo(415);
  }
}
