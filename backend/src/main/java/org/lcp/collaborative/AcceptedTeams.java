package org.lcp.collaborative;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How many teams each collaborative has accepted: answered by the application package, which owns
 * the decisions (so this package reads none of its tables).
 */
public interface AcceptedTeams {

  /** Accepted applications per collaborative; every id given has an entry (0 when none). */
  Map<UUID, Integer> count(Collection<UUID> collaborativeIds);
}
