package org.lcp.support;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.lcp.common.web.RepresentationCache;

/**
 * How many SQL statements Hibernate prepared for one request: the guard against reads whose number
 * of statements grows with the data (N+1). The request is made once to warm every cache, then
 * counted three times.
 */
public final class Statements {

  private Statements() {}

  /**
   * {@link #of} for a read whose answer the {@link RepresentationCache} keeps: the cache is emptied
   * before each run, so what is counted is the answer computed, not the kept one.
   */
  public static long computed(
      SessionFactory sessions, RepresentationCache cache, Runnable request) {
    return of(
        sessions,
        () -> {
          cache.clear();
          request.run();
        });
  }

  public static long of(SessionFactory sessions, Runnable request) {
    Statistics stats = sessions.getStatistics();
    boolean was = stats.isStatisticsEnabled();
    stats.setStatisticsEnabled(true);
    try {
      request.run();
      // the statistics are the whole application's: work another thread does meanwhile (an e-mail
      // sent after an earlier test's commit) can only add to a count, so the least of three is the
      // request's own
      long least = Long.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        stats.clear();
        request.run();
        least = Math.min(least, stats.getPrepareStatementCount());
      }
      return least;
    } finally {
      stats.setStatisticsEnabled(was);
    }
  }
}
