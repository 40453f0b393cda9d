package org.lcp.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;

/**
 * What the library takes: the declared content type must be on the allow-list, and the file's first
 * bytes (its magic numbers) must be what that type starts with. PDF, PNG, JPEG, the Office Open XML
 * documents (DOCX, XLSX, PPTX: zip archives), plain text and CSV (UTF-8 without NUL bytes), MP4
 * video. Anything else is refused with a 415 problem naming the type.
 */
final class ContentCheck {

  enum Family {
    PDF,
    PNG,
    JPEG,
    ZIP,
    TEXT,
    MP4
  }

  /** The allowed content types, with the family of magic numbers each must show. */
  static final Map<String, Family> ALLOWED =
      Map.of(
          "application/pdf", Family.PDF,
          "image/png", Family.PNG,
          "image/jpeg", Family.JPEG,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Family.ZIP,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Family.ZIP,
          "application/vnd.openxmlformats-officedocument.presentationml.presentation", Family.ZIP,
          "text/plain", Family.TEXT,
          "text/csv", Family.TEXT,
          "video/mp4", Family.MP4);

  /** How many first bytes are looked at. */
  static final int HEAD = 4096;

  private ContentCheck() {}

  /**
   * The declared type without parameters, lower case ({@code text/csv; charset=utf-8}: text/csv).
   */
  static String normalize(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Checks the declared type and the stream's first bytes; answers a stream that still gives every
   * byte (the first ones are pushed back).
   */
  static InputStream check(InputStream in, String declared) {
    String type = normalize(declared);
    Family family = ALLOWED.get(type);
    if (family == null) {
      throw unsupported(
          "files of type "
              + (type.isEmpty() ? "(none given)" : type)
              + " are not taken; the library takes PDF, PNG, JPEG, DOCX, XLSX, PPTX, plain text,"
              + " CSV and MP4");
    }
    PushbackInputStream p = new PushbackInputStream(in, HEAD);
    try {
      byte[] head = p.readNBytes(HEAD);
      p.unread(head);
      if (!shows(family, head)) {
        throw unsupported(
            "the file is declared "
                + type
                + " but its content is not "
                + type
                + (sniff(head) == null ? "" : " (it looks like " + sniff(head) + ")"));
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the first bytes are those of the family. */
  static boolean shows(Family family, byte[] head) {
    return switch (family) {
      case PDF -> starts(head, '%', 'P', 'D', 'F', '-');
      case PNG -> starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
      case JPEG -> starts(head, 0xFF, 0xD8, 0xFF);
      case ZIP -> starts(head, 'P', 'K', 0x03, 0x04);
      case MP4 ->
          head.length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p';
      case TEXT -> text(head);
    };
  }

  /** What the first bytes look like, for the refusal's words; null when nothing known. */
  static String sniff(byte[] head) {
    for (var e : ALLOWED.entrySet()) {
      if (e.getValue() != Family.TEXT && e.getValue() != Family.ZIP && shows(e.getValue(), head)) {
        return e.getKey();
      }
    }
    if (shows(Family.ZIP, head)) {
      return "a zip archive";
    }
    if (starts(head, 'M', 'Z')) {
      return "a Windows program";
    }
    return null;
  }

  private static boolean text(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    // the head may end inside a multi-byte character: drop up to 3 trailing bytes before decoding
    for (int cut = 0; cut <= Math.min(3, head.length); cut++) {
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(Arrays.copyOf(head, head.length - cut)));
        return true;
      } catch (CharacterCodingException e) {
        // try a shorter head
      }
    }
    return false;
  }

  private static boolean starts(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  static ApiException unsupported(String detail) {
    return new ApiException(
        415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail, null, null);
  }
}
