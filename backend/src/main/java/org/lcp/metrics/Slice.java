package org.lcp.metrics;

import java.util.List;
import org.lcp.common.web.Paging;

/** A page cut from a list that was read whole and ordered in memory (unlocks, overdue values). */
final class Slice {

  private Slice() {}

  static <T> Paging<T> of(List<T> all, Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? Paging.DEFAULT_SIZE : size;
    int from = (int) Math.min(all.size(), (long) p * s);
    return new Paging<>(all.subList(from, Math.min(all.size(), from + s)), p, s, all.size());
  }
}
