package org.lcp.support;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How many SQL statements Hibernate prepared for one request: the guard against reads whose number
 * of statements grows with the data (N+1). The request is made once to warm every cache, then
 * counted.
 */
public final class Statements {

  private Statements() {}

  public static long of(SessionFactory sessions, Runnable request) {
    Statistics stats = sessions.getStatistics();
    boolean was = stats.isStatisticsEnabled();
    stats.setStatisticsEnabled(true);
    try {
      request.run();
      stats.clear();
      request.run();
      return stats.getPrepareStatementCount();
    } finally {
      stats.setStatisticsEnabled(was);
    }
  }
}
