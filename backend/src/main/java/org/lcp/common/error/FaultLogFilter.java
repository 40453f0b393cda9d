package org.lcp.common.error;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps a database outage from flooding the log: the pool's line for every dead pooled connection
 * it throws away after a failed check ("Closing connection in incorrect state VALIDATION") is
 * dropped; {@link Unavailable} already says, once per burst, that the database is unavailable.
 * Every other pool warning (a leaked connection, say) is kept. Installed on the console and the
 * file log (quarkus.log.*.filter).
 */
@LoggingFilter(name = "lcp-faults")
public final class FaultLogFilter implements Filter {

  @Override
  public boolean isLoggable(LogRecord record) {
    if (!"io.agroal.pool".equals(record.getLoggerName()) || record.getParameters() == null) {
      return true;
    }
    for (Object p : record.getParameters()) {
      if (p != null && String.valueOf(p).contains("Closing connection in incorrect state")) {
        return false;
      }
    }
    return true;
  }
}
