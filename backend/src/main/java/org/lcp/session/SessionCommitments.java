package org.lcp.session;

import java.util.UUID;

/**
 * Whether applications committed to attend a learning session: answered by the application package,
 * which owns the commitments (so this package reads none of its tables).
 */
public interface SessionCommitments {

  /** Whether any application holds a commitment (or a known conflict) for the session. */
  boolean anyFor(UUID learningSessionId);
}
