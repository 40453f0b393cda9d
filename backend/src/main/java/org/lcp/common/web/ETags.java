package org.lcp.common.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.lcp.common.error.ApiException;

/**
 * Strong ETags from an entity's version column, and the If-Match rules (428 missing, 412 stale).
 */
public final class ETags {

  private ETags() {}

  public static String of(int version) {
    return "\"" + version + "\"";
  }

  /** Refuses the update unless If-Match names the current version (or is `*`). */
  public static void require(String ifMatch, int currentVersion) {
    require(ifMatch, of(currentVersion));
  }

  /** Refuses the update unless If-Match names the current ETag (or is `*`). */
  public static void require(String ifMatch, String current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiException.preconditionRequired();
    }
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || tag.equals(current)) {
        return;
      }
    }
    throw ApiException.preconditionFailed(current);
  }

  /**
   * The SHA-256 of a text, base64url without padding (43 characters): the body of an ETag derived
   * from what it names rather than from a version column.
   */
  public static String digest(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
