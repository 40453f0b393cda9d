package org.lcp.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;

/** Checks of the lists a request sends: every key one the collaborative knows, none twice. */
final class Validation {

  private Validation() {}

  /**
   * 400 listing each entry whose key is unknown ({@code known} null: any key is known) or repeats
   * an earlier one; {@code field} is the entry's field, e.g. {@code ratings[%d].itemKey}.
   */
  static <K> void requireKnownOnce(
      List<K> keys, Set<K> known, String field, String unknown, String repeated) {
    List<Violation> v = new ArrayList<>();
    Set<K> seen = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      K key = keys.get(i);
      if (known != null && !known.contains(key)) {
        v.add(Violation.body(field.formatted(i), unknown));
      } else if (!seen.add(key)) {
        v.add(Violation.body(field.formatted(i), repeated));
      }
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
  }
}
