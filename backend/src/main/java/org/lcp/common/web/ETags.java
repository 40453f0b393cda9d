package org.lcp.common.web;

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
}
