package org.lcp.common.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a query: the items of the page and the total count. */
public record Paging<T>(List<T> items, int page, int size, long total) {

  public static final int DEFAULT_SIZE = 20;

  public static <E> Paging<E> of(PanacheQuery<E> query, Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    List<E> items = query.page(Page.of(p, s)).list();
    long total =
        items.size() < s && (p == 0 || !items.isEmpty())
            ? (long) p * s + items.size()
            : query.count();
    return new Paging<>(items, p, s, total);
  }

  public <R> Paging<R> map(Function<T, R> mapper) {
    return new Paging<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
