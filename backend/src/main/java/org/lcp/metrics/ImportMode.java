package org.lcp.metrics;

import java.util.List;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;

/** Whether an upload with rejected rows writes nothing (atomic) or the valid rows (partial). */
public enum ImportMode {
  ATOMIC,
  PARTIAL;

  /** The {@code mode} query parameter (default atomic); 400 for anything else. */
  public static ImportMode parse(String mode) {
    if (mode == null || mode.equals("atomic")) {
      return ATOMIC;
    }
    if (mode.equals("partial")) {
      return PARTIAL;
    }
    throw ApiException.invalid(
        List.of(new Violation("mode", "query", "must be atomic or partial")));
  }
}
